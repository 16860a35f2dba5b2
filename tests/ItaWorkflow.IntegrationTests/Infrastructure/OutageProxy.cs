using System.Net;
using System.Net.Sockets;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Tests.Infrastructure;

/// <summary>
/// Stands between the app and Azurite on three loopback ports. <see cref="Cut"/> drops every connection and refuses new
/// ones, as a storage account that cannot be reached; <see cref="Restore"/> lets traffic through again. Azurite keeps
/// running meanwhile, so nothing it had acknowledged is lost, as in Azure.
/// </summary>
public sealed class OutageProxy : IAsyncDisposable
{
    private readonly List<(TcpListener Listener, int Target)> listeners = [];
    private readonly List<TcpClient> open = [];
    private readonly Lock gate = new();
    private readonly CancellationTokenSource stop = new();
    private volatile bool cut;

    public OutageProxy(AzuriteProcess azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        foreach (var target in new[] { azurite.BlobPort, azurite.QueuePort, azurite.TablePort })
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            listeners.Add((listener, target));
            _ = AcceptAsync(listener, target);
        }
    }

    private int PortOf(int index) => ((IPEndPoint)listeners[index].Listener.LocalEndpoint).Port;

    /// <summary>Azurite's development account, reached through the proxy.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteProcess.AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{PortOf(0)}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{PortOf(1)}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{PortOf(2)}/devstoreaccount1;";

    /// <summary>Drops the open connections; new ones are closed at once until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        cut = true;
        lock (gate)
        {
            foreach (var client in open)
            {
                client.Dispose();
            }

            open.Clear();
        }
    }

    public void Restore() => cut = false;

    private async Task AcceptAsync(TcpListener listener, int target)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (cut)
            {
                inbound.Client.LingerState = new LingerOption(true, 0);
                inbound.Dispose();
                continue;
            }

            _ = PipeAsync(inbound, target);
        }
    }

    private async Task PipeAsync(TcpClient inbound, int target)
    {
        var outbound = new TcpClient();
        lock (gate)
        {
            open.Add(inbound);
            open.Add(outbound);
        }

        try
        {
            await outbound.ConnectAsync(IPAddress.Loopback, target, stop.Token);
            var a = inbound.GetStream();
            var b = outbound.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, stop.Token), b.CopyToAsync(a, stop.Token));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A cut or a closed side ends the connection; the client sees it as a network failure.
        }
        finally
        {
            inbound.Dispose();
            outbound.Dispose();
            lock (gate)
            {
                open.Remove(inbound);
                open.Remove(outbound);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        stop.Cancel();
        Cut();
        foreach (var (listener, _) in listeners)
        {
            listener.Stop();
        }

        stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
