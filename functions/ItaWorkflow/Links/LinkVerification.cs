namespace ItaWorkflow.Links;

/// <summary>The result of checking a link: its claims, or why it was refused.</summary>
public sealed record LinkVerification(LinkClaims? Claims, LinkError Error)
{
    public bool IsValid => Error == LinkError.None && Claims is not null;

    /// <summary>A Thai message (English second) for the user.</summary>
    public string Message => Error switch
    {
        LinkError.Expired => "ลิงก์นี้หมดอายุแล้ว กรุณาติดต่อผู้ประสานงาน ITA เพื่อขอลิงก์ใหม่ (This link has expired.)",
        LinkError.None => "",
        _ => "ลิงก์นี้ไม่ถูกต้องหรือถูกแก้ไข กรุณาใช้ลิงก์จากอีเมลเท่านั้น (This link is invalid or was altered.)",
    };
}
