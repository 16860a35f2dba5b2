using System.Text.Json.Serialization;

namespace ItaWorkflow.Domain.Ita;

/// <summary>The three ITA assessment tools.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItaTool>))]
public enum ItaTool
{
    /// <summary>Internal stakeholders' perception (แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน), questions I1–I25, weight 30.</summary>
    Iit,

    /// <summary>External stakeholders' perception (แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก), questions E1–E15, weight 30.</summary>
    Eit,

    /// <summary>Open data (แบบตรวจการเปิดเผยข้อมูลสาธารณะ, reports print แบบวัด…), items O1–O30, weight 40.</summary>
    Oit,
}
