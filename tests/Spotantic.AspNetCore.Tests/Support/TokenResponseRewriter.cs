using System.Text;
using System.Text.Json.Nodes;

namespace Spotantic.AspNetCore.Tests.Support;

/// <summary>
/// A scheme backchannel that edits the JSON of successful token-endpoint answers, to play a Spotify that reports the
/// granted scopes differently from the emulator (fewer, none, or not at all).
/// </summary>
internal sealed class TokenResponseRewriter : DelegatingHandler
{
    private readonly Action<JsonObject> _rewrite;

    public TokenResponseRewriter(Action<JsonObject> rewrite)
        : base(new HttpClientHandler())
    {
        _rewrite = rewrite;
    }

    /// <summary>How many token answers were rewritten, so a test can tell the rewrite really happened.</summary>
    public int Rewritten { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode || request.RequestUri?.AbsolutePath.EndsWith("/api/token", StringComparison.Ordinal) != true)
        {
            return response;
        }

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        _rewrite(json);
        response.Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json");
        Rewritten++;
        return response;
    }
}
