using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Articles.Functions.Tests.Faults;

/// <summary>
/// A loopback TCP relay between the app and one Azurite port. <see cref="Cut"/> makes storage disappear for the
/// app at once: open connections are reset mid-request and new ones are reset on arrival, until <see cref="Restore"/>.
/// </summary>
public sealed class TcpRelay : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<TcpClient, TcpClient> open = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly int upstreamPort;
    private volatile bool down;
    private int resets;

    public TcpRelay(int upstreamPort)
    {
        this.upstreamPort = upstreamPort;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>Connections reset while down (in flight or new): the app saw storage fail this often.</summary>
    public int Resets => Volatile.Read(ref resets);

    public void Cut()
    {
        down = true;
        foreach (var (client, upstream) in open)
        {
            Reset(client);
            Reset(upstream);
        }
    }

    public void Restore() => down = false;

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        Cut();
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        if (down)
        {
            Reset(client);
            return;
        }

        var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(IPAddress.Loopback, upstreamPort);
        }
        catch (SocketException)
        {
            Reset(client);
            upstream.Dispose();
            return;
        }

        open[client] = upstream;
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
            var there = client.GetStream().CopyToAsync(upstream.GetStream(), stop.Token);
            var back = upstream.GetStream().CopyToAsync(client.GetStream(), stop.Token);
            await Task.WhenAny(there, back);
            await stop.CancelAsync();
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // A reset connection ends the relay of this connection; the app sees the failure.
        }
        finally
        {
            open.TryRemove(client, out _);
            client.Dispose();
            upstream.Dispose();
        }
    }

    private void Reset(TcpClient client)
    {
        try
        {
            if (down)
            {
                Interlocked.Increment(ref resets);
            }

            if (client.Client is { } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }
    }
}
