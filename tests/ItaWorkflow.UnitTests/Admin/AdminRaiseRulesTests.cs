using ItaWorkflow.Admin;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Tests.Admin;

public sealed class AdminRaiseRulesTests
{
    [Theory]
    [InlineData("InstanceStarted", """{"definition":"measure","definitionVersion":1,"inputJson":"{}"}""")]
    [InlineData("TimerFired", """{"timerId":"t","purpose":"reminder","dueAt":"2023-10-05T00:00:00Z"}""")]
    [InlineData("ReportCompiled", """{"round":"FirstHalf","docxBlob":"../x","xlsxBlob":"../y","missingMeasures":[]}""")]
    [InlineData("NoSuchEvent", "{}")]
    public void Engine_history_and_unknown_events_cannot_be_raised(string type, string json) =>
        Assert.Contains("ผู้ดูแลส่งเองไม่ได้", AdminRaiseRules.Read(type, json).Error);

    [Theory]
    [InlineData("""{"period":0,"division":"ฝ่ายทะเบียน","status":"InProgress","percent":10,"result":"ผล","problems":"","evidence":[{"name":"x","blobName":"a/../b/0/x","url":null}]}""", "ผู้ดูแลแนบได้เฉพาะลิงก์หลักฐาน")]
    [InlineData("""{"period":0,"division":"ฝ่ายทะเบียน","status":"InProgress","percent":10,"result":"ผล","problems":"","evidence":[{"name":"x","url":"javascript:alert(1)"}]}""", "http:// หรือ https://")]
    [InlineData("""{"period":0,"division":"ฝ่ายทะเบียน","status":"InProgress","percent":10,"result":"ผล","problems":"","evidence":[{"name":"x","url":"/relative"}]}""", "http:// หรือ https://")]
    [InlineData("""{"period":0,"division":"ฝ่ายทะเบียน","status":"InProgress","percent":10,"result":"ผล","problems":""}""", "รายการหลักฐาน")]
    [InlineData("""{"period":0,"division":"ฝ่ายทะเบียน","status":99,"percent":10,"result":"ผล","problems":"","evidence":[]}""", "สถานะ")]
    [InlineData("""{"period":0,"division":"ฝ่ายทะเบียน","status":"InProgress","percent":101,"result":"ผล","problems":"","evidence":[]}""", "ร้อยละ")]
    [InlineData("""{"period":0,"status":"InProgress","percent":10,"result":"ผล","problems":"","evidence":[]}""", "ต้องระบุฝ่าย")]
    [InlineData("""{"period":0,"division":"ฝ่าย\u0001","status":"InProgress","percent":10,"result":"ผล","problems":"","evidence":[]}""", "อักขระควบคุม")]
    [InlineData("not json", "JSON")]
    public void Progress_raised_by_an_admin_is_checked_with_a_Thai_reason(string json, string reason)
    {
        var (raised, error) = AdminRaiseRules.Read(nameof(ProgressSubmitted), json);

        Assert.Null(raised);
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData("ReportApproved", """{"round":7,"comment":""}""", "รอบรายงาน")]
    [InlineData("ProgressApproved", """{"period":-1,"comment":""}""", "งวด")]
    [InlineData("DivisionReassigned", """{"from":"ฝ่ายทะเบียน","to":" ","reason":"ย้าย"}""", "ต้องระบุไปยังฝ่าย")]
    public void Other_raisable_events_are_checked_too(string type, string json, string reason) =>
        Assert.Contains(reason, AdminRaiseRules.Read(type, json).Error);

    [Fact]
    public void Progress_with_web_links_is_raised_as_typed()
    {
        var (raised, error) = AdminRaiseRules.Read(
            nameof(ProgressSubmitted),
            """{"period":1,"division":"ฝ่ายทะเบียน","status":"Done","percent":100,"result":"ผล","problems":"","evidence":[{"name":"ข่าว","url":"https://district.example/news"}]}""");

        Assert.Null(error);
        var progress = Assert.IsType<ProgressSubmitted>(raised);
        Assert.Equal("https://district.example/news", Assert.Single(progress.Evidence).Url);
    }
}
