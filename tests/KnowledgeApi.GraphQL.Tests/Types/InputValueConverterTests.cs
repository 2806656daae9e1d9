using KnowledgeApi.GraphQL.Tests.CodeFirst;
using KnowledgeApi.GraphQL.Types.Building;

namespace KnowledgeApi.GraphQL.Tests.Types;

/// <summary>Coerced input values become the CLR types resolver parameters and input properties declare.</summary>
public sealed class InputValueConverterTests
{
    [Fact]
    public void Lists_become_arrays_lists_or_read_only_lists_of_the_element_type()
    {
        var items = new List<object?> { 1, 2 };

        Assert.Equal([1L, 2L], (long[])InputValueConverter.Convert(items, typeof(long[]))!);
        Assert.Equal([1, 2], (List<int>)InputValueConverter.Convert(items, typeof(List<int>))!);
        Assert.Equal([1, 2], (IReadOnlyList<int>)InputValueConverter.Convert(items, typeof(IReadOnlyList<int>))!);
    }

    [Fact]
    public void Nested_lists_are_converted_level_by_level()
    {
        var grid = new List<object?> { new List<object?> { 1 }, null };

        var converted = (List<int[]?>)InputValueConverter.Convert(grid, typeof(List<int[]?>))!;

        Assert.Equal([1], converted[0]!);
        Assert.Null(converted[1]);
    }

    [Fact]
    public void Null_becomes_the_default_of_a_value_type_and_stays_null_otherwise()
    {
        Assert.Equal(0, InputValueConverter.Convert(null, typeof(int)));
        Assert.Null(InputValueConverter.Convert(null, typeof(int?)));
        Assert.Null(InputValueConverter.Convert(null, typeof(string)));
    }

    [Fact]
    public void Numbers_and_enums_convert_between_clr_types()
    {
        Assert.Equal(5L, InputValueConverter.Convert(5, typeof(long)));
        Assert.Equal(2.0, InputValueConverter.Convert(2, typeof(double?)));
        Assert.Equal(Section.Business, InputValueConverter.Convert(1, typeof(Section)));
    }

    [Fact]
    public void An_impossible_conversion_names_both_types()
    {
        var error = Assert.Throws<InvalidCastException>(() => InputValueConverter.Convert(new object(), typeof(Uri)));

        Assert.Contains("Object", error.Message, StringComparison.Ordinal);
        Assert.Contains("Uri", error.Message, StringComparison.Ordinal);
    }
}
