using System.Text.Json.Serialization;

namespace ItaWorkflow.Import;

/// <summary>What a plan table column holds, recognised from its Thai header.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ColumnRole>))]
public enum ColumnRole
{
    /// <summary>ตัวชี้วัด / ประเด็นการประเมิน: indicator, question codes and score.</summary>
    Indicator,

    /// <summary>ข้อคำถาม: question codes (export format).</summary>
    QuestionCodes,

    /// <summary>คะแนน (export format).</summary>
    Score,

    /// <summary>ประเด็นที่ต้องปรับปรุง / ข้อบกพร่อง / แนวทางการปฏิบัติ.</summary>
    Issue,

    /// <summary>มาตรการ/กิจกรรม.</summary>
    Activity,

    /// <summary>ผลผลิต.</summary>
    Output,

    /// <summary>วิธีการสร้างการรับรู้.</summary>
    Awareness,

    /// <summary>ระยะเวลาแล้วเสร็จ.</summary>
    Deadline,

    /// <summary>ผู้รับผิดชอบ / หน่วยงานรับผิดชอบ.</summary>
    Responsible,

    /// <summary>ระยะเวลากำกับติดตาม.</summary>
    Cadence,

    /// <summary>ผลการดำเนินการ (progress reports).</summary>
    Result,

    /// <summary>ปัญหา/อุปสรรค (progress reports).</summary>
    Problems,

    /// <summary>ภาพกิจกรรม / หลักฐาน (progress reports).</summary>
    Evidence,
}
