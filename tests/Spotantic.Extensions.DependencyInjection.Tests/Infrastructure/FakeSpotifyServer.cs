using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on 127.0.0.1 that plays Spotify's accounts service (<c>/authorize</c>, <c>/api/token</c>) and the
/// Albums part of the Web API (<c>/v1/...</c>), with fault injection and a log of every request it received.
/// </summary>
/// <remarks>
/// It keeps every secret it hands out or receives (client secret, Basic credentials, access and refresh tokens,
/// authorization codes, PKCE verifiers) in <see cref="KnownSecrets"/>, so tests can check that none of them leaks.
/// </remarks>
public sealed partial class FakeSpotifyServer : IAsyncDisposable
{
    /// <summary>The client ID the server accepts.</summary>
    public const string DefaultClientId = "spotantice2eclient0001";

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(string Method, string Path, FakeResponse Response)> _faults = [];
    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = TimeProvider.System;

    private FakeSpotifyServer(WebApplication app)
    {
        _app = app;
        ClientSecret = "cs" + NewRandom(24);
        AddSecret(ClientSecret);
        AddSecret(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}")));
        Catalog = FakeCatalog.Create();
        var addedAt = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < FakeCatalog.InitiallySavedCount; i++)
        {
            _saved.Add((Catalog.Albums[i].Id, addedAt.AddHours(-i)));
        }
    }

    /// <summary>The server's root address, e.g. <c>http://127.0.0.1:41234/</c> (the accounts service base).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The Web API base address, <c>&lt;BaseAddress&gt;v1/</c>.</summary>
    public Uri ApiBaseAddress => new(BaseAddress, "v1/");

    /// <summary>The client ID the server accepts.</summary>
    public string ClientId { get; } = DefaultClientId;

    /// <summary>The client secret the server accepts (random per server).</summary>
    public string ClientSecret { get; }

    /// <summary>The catalog the Web API serves.</summary>
    public FakeCatalog Catalog { get; }

    /// <summary>Every secret the server issued or received so far.</summary>
    public IReadOnlyCollection<string> KnownSecrets => [.. _secrets.Keys];

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Starts a server on a free port of 127.0.0.1.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<FakeSpotifyServer> StartAsync(CancellationToken cancellationToken = default)
    {
        // Without this, every server watches appsettings.json for changes, using one of the few inotify instances
        // a Linux user gets; tests start dozens of servers.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new FakeSpotifyServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The requests received for one path (and method), in arrival order.</summary>
    /// <param name="path">The exact path, e.g. <c>/v1/me/albums</c>.</param>
    /// <param name="method">The method, or <see langword="null"/> for any.</param>
    /// <returns>The requests.</returns>
    public IReadOnlyList<RecordedRequest> RequestsTo(string path, string? method = null) =>
        [.. Requests.Where(r => string.Equals(r.Path, path, StringComparison.Ordinal) && (method is null || string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>The Web API requests received (paths under <c>/v1/</c>).</summary>
    public IReadOnlyList<RecordedRequest> ApiRequests => [.. Requests.Where(r => r.Path.StartsWith("/v1/", StringComparison.Ordinal))];

    /// <summary>The token endpoint requests received.</summary>
    public IReadOnlyList<RecordedRequest> TokenRequests => RequestsTo("/api/token", "POST");

    /// <summary>
    /// Queues a response for <paramref name="method"/> <paramref name="path"/>: the next matching request gets it
    /// instead of normal handling (after being logged). Queued responses for a route are served in order.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The exact path, e.g. <c>/v1/albums/AlbSpotantic0000000001</c>.</param>
    /// <param name="response">The response.</param>
    /// <param name="count">How many times to serve it.</param>
    public void Enqueue(string method, string path, FakeResponse response, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(response);
        lock (_lock)
        {
            for (var i = 0; i < count; i++)
            {
                _faults.Add((method, path, response));
            }
        }
    }

    /// <summary>How many queued responses are still waiting for a request.</summary>
    public int PendingFaults
    {
        get
        {
            lock (_lock)
            {
                return _faults.Count;
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var recorded = new RecordedRequest(
            request.Method,
            request.Path.Value ?? "/",
            request.QueryString.Value ?? string.Empty,
            request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null,
            request.ContentType,
            body,
            _time.GetUtcNow());
        FakeResponse? fault = null;
        lock (_lock)
        {
            _requests.Add(recorded);
            var index = _faults.FindIndex(f => string.Equals(f.Method, recorded.Method, StringComparison.OrdinalIgnoreCase) && string.Equals(f.Path, recorded.Path, StringComparison.Ordinal));
            if (index >= 0)
            {
                fault = _faults[index].Response;
                _faults.RemoveAt(index);
            }
        }

        if (fault is not null)
        {
            await WriteAsync(context, fault);
            return;
        }

        if (recorded.Path == "/authorize")
        {
            HandleAuthorize(context);
        }
        else if (recorded.Path == "/api/token")
        {
            await HandleTokenAsync(context, recorded);
        }
        else if (recorded.Path.StartsWith("/v1/", StringComparison.Ordinal))
        {
            await HandleApiAsync(context, recorded);
        }
        else
        {
            await WriteAsync(context, FakeResponse.ApiError(404, "Service not found"));
        }
    }

    private static async Task WriteAsync(HttpContext context, FakeResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = response.ContentType;
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    private void AddSecret(string value) => _secrets.TryAdd(value, 0);

    private static string NewRandom(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
