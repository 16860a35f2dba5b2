using System.Diagnostics.Metrics;

namespace ItaWorkflow.Simulation;

/// <summary>
/// Counts outgoing HTTP requests of this process (System.Net.Http's <c>http.client.request.duration</c>), which in
/// the simulator are all storage operations. Process-wide: other HTTP traffic in the same process counts too.
/// </summary>
public sealed class StorageOperationCounter : IDisposable
{
    private readonly MeterListener listener = new();
    private long count;

    public StorageOperationCounter()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.request.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref count));
        listener.Start();
    }

    public long Count => Interlocked.Read(ref count);

    public void Dispose() => listener.Dispose();
}
