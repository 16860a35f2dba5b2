using ItaWorkflow.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Functions;

/// <summary>The daily <c>Retention</c> timer trigger, on the schedule the custom handler's function.json uses.</summary>
public static class RetentionFunction
{
    [Function(FunctionNames.Retention)]
    public static Task Retention([TimerTrigger("%ITA_RETENTION_SCHEDULE%")] TimerInfo timer, FunctionContext function) =>
        function.InstanceServices.GetRequiredService<IRetentionJob>().PurgeAsync(function.CancellationToken);
}
