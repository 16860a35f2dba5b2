using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using ItaWorkflow.Links;

namespace ItaWorkflow.Tests.Links;

public sealed class EvidenceRulesTests
{
    [Theory]
    [InlineData("บัตรประชาชน.pdf", "บัตรประชาชน.pdf")]
    [InlineData("ภาพกิจกรรม ครั้งที่ ๑.jpg", "ภาพกิจกรรม_ครั้งที่_๑.jpg")]
    [InlineData("รายงาน\u202Efdp.png", "รายงานfdp.png")]
    [InlineData("a\u200B\u200Db\u2028c\u2029.png", "abc.png")]
    [InlineData("../../etc/passwd.png", "passwd.png")]
    [InlineData("..\\..\\secret.png", "._._secret.png")]
    [InlineData("a....png", "a.png")]
    public void Safe_file_names_keep_Thai_and_drop_separators_dot_runs_and_invisible_characters(string fileName, string expected) =>
        Assert.Equal(expected, EvidenceRules.SafeFileName(fileName));

    [Fact]
    public void The_shown_name_drops_bidi_overrides_and_keeps_Thai() =>
        Assert.Equal("ใบเสร็จfdp.png", EvidenceRules.DisplayName("ใบเสร็จ\u202Efdp.png"));

    [Property(MaxTest = 500)]
    public bool A_safe_file_name_has_no_separator_dot_run_or_invisible_character_and_is_stable(NonNull<string> fileName)
    {
        var safe = EvidenceRules.SafeFileName(fileName.Get);
        return !safe.Contains('/') && !safe.Contains('\\') && !safe.Contains("..", StringComparison.Ordinal)
            && !safe.Any(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format || c is '\u2028' or '\u2029' || char.IsControl(c))
            && safe.Length <= 80
            && EvidenceRules.SafeFileName(safe) == safe;
    }

    [Property(MaxTest = 200)]
    public bool Thai_file_names_survive_whole(NonEmptyArray<byte> letters)
    {
        const string alphabet = "กขคงจฉชซญดตถทนบปผพฟภมยรลวศษสหอฮะัาำิีึืุูเแโใไ็่้๊๋์ๆ๑๒๓";
        var thai = new string([.. letters.Get.Select(b => alphabet[b % alphabet.Length])]);
        var name = thai[..Math.Min(thai.Length, 70)] + ".pdf";
        return EvidenceRules.SafeFileName(name) == name;
    }
}
