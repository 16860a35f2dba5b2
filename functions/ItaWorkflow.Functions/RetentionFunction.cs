using ItaWorkflow.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Functions;

/// <summary>The daily <c>Retention</c> timer trigger, on the schedule of the <c>ITA_RETENTION_SCHEDULE</c> app setting.</summary>
public static class RetentionFunction
{
    [Function(nameof(Retention))]
    public static Task Retention([TimerTrigger("%ITA_RETENTION_SCHEDULE%")] TimerInfo timer, FunctionContext function) =>
        function.InstanceServices.GetRequiredService<IRetentionJob>().PurgeAsync(function.CancellationToken);
}
