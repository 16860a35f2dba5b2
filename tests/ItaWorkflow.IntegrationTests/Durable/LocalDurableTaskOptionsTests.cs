using ItaWorkflow.Durable.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Durable;

public sealed class LocalDurableTaskOptionsTests
{
    private static LocalDurableTaskOptions Valid => new() { ConnectionString = "UseDevelopmentStorage=true", TaskHubName = "ItaWorkflow" };

    [Fact]
    public void Defaults_with_a_connection_string_and_hub_name_have_no_problems() =>
        Assert.Empty(Valid.Problems());

    [Theory]
    [InlineData("ab")]
    [InlineData("1measures")]
    [InlineData("ita-workflow")]
    [InlineData("a1234567890123456789012345678901234567890123456")]
    public void Task_hub_name_that_storage_would_refuse_is_a_problem(string name) =>
        Assert.Contains(
            new LocalDurableTaskOptions { ConnectionString = "x", TaskHubName = name }.Problems(),
            problem => problem.Contains("TaskHubName", StringComparison.Ordinal));

    [Fact]
    public void Partition_count_above_sixteen_and_a_zero_shutdown_timeout_are_problems()
    {
        var options = new LocalDurableTaskOptions
        {
            ConnectionString = "x", TaskHubName = "ItaWorkflow", PartitionCount = 17, ShutdownTimeout = TimeSpan.Zero,
        };

        Assert.Equal(2, options.Problems().Count);
    }

    [Fact]
    public void Registering_invalid_options_is_refused_before_any_host_starts()
    {
        var options = new LocalDurableTaskOptions { ConnectionString = "x", TaskHubName = "ita-workflow" };

        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddLocalDurableTask(options, _ => { }));
    }
}
