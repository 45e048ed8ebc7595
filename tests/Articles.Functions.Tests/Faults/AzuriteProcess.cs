using System.Diagnostics;
using System.Net.Sockets;

namespace Articles.Functions.Tests.Faults;

/// <summary>
/// An Azurite of the test's own (the pinned one in tools/azurite) on 127.0.0.1, keeping its data in a folder instead
/// of in memory, so it can be killed (SIGKILL) and started again on the same ports with its data.
/// </summary>
public sealed class AzuriteProcess : IDisposable
{
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> console = new();
    private Process? process;

    public AzuriteProcess()
    {
        Folder = Directory.CreateTempSubdirectory("azurite-faults-").FullName;
        (BlobPort, QueuePort, TablePort) = (FreePort(), FreePort(), FreePort());
    }

    public string Folder { get; }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public bool Running => process is { HasExited: false };

    public static string ConnectionString(int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    /// <summary>Straight to Azurite (the test's own view: uploads and checks, not affected by the relay).</summary>
    public string DirectConnectionString => ConnectionString(BlobPort, QueuePort, TablePort);

    public async Task StartAsync()
    {
        var info = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--location", Folder,
                     "--blobHost", "127.0.0.1", "--blobPort", $"{BlobPort}", "--queueHost", "127.0.0.1", "--queuePort", $"{QueuePort}",
                     "--tableHost", "127.0.0.1", "--tablePort", $"{TablePort}",
                 })
        {
            info.ArgumentList.Add(argument);
        }

        process = Process.Start(info) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            await WaitForPortAsync(port);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush; what Azurite had written to its folder is what the next start finds.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process?.Dispose();
        process = null;
    }

    public void Dispose()
    {
        Kill();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    public static int FreePort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private async Task WaitForPortAsync(int port)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(120);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTimeOffset.UtcNow < deadline && Running)
            {
                await Task.Delay(100);
            }
            catch (SocketException e)
            {
                throw new InvalidOperationException($"Azurite did not open port {port}: {string.Join('\n', console)}", e);
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            console.Enqueue(line);
        }
    }

    /// <summary>tools/azurite/node_modules/.bin/azurite of this repository (installed by ./test.sh and ./run.sh).</summary>
    private static string Executable()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tools", "azurite", "node_modules", ".bin", "azurite");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(Path.Combine(folder.FullName, "Functions.sln")))
            {
                break;
            }
        }

        throw new InvalidOperationException("The pinned Azurite is not installed: run ./test.sh once (or `source scripts/azurite.sh; install_azurite`).");
    }
}
