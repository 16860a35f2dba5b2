using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Xunit;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

public sealed class XlsxCellsTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_indexes_have_spreadsheet_letters(int index, string name)
    {
        Assert.Equal(name, XlsxCells.ColumnName(index));
        Assert.Equal(index, XlsxCells.ColumnIndex(name + "17"));
    }

    [Property]
    public bool Column_letters_read_back_as_the_same_index(NonNegativeInt index) =>
        XlsxCells.ColumnIndex(XlsxCells.ColumnName(index.Get % 16384) + "1") == index.Get % 16384;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("17")]
    public void References_without_column_letters_give_no_column(string? reference)
    {
        Assert.Null(XlsxCells.ColumnIndex(reference));
    }

    [Fact]
    public void Cell_text_comes_from_shared_strings_inline_text_or_the_raw_value()
    {
        string[] shared = ["ศูนย์", "หนึ่ง"];

        Assert.Equal("หนึ่ง", XlsxCells.TextOf(new Cell { DataType = CellValues.SharedString, CellValue = new CellValue("1") }, shared));
        Assert.Equal("", XlsxCells.TextOf(new Cell { DataType = CellValues.SharedString, CellValue = new CellValue("5") }, shared));
        Assert.Equal("ข้อความ", XlsxCells.TextOf(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text("ข้อความ")) }, shared));
        Assert.Equal("80.5", XlsxCells.TextOf(new Cell { CellValue = new CellValue("80.5") }, shared));
    }
}
