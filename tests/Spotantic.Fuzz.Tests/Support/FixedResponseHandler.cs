using System.Net;
using System.Net.Http.Headers;

namespace Spotantic.Fuzz.Tests.Support;

/// <summary>Answers every request with the same status and body.</summary>
internal sealed class FixedResponseHandler(HttpStatusCode status, byte[] body, string? mediaType = "application/json", Action<HttpResponseMessage>? configure = null) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        if (mediaType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        }

        var response = new HttpResponseMessage(status) { Content = content, RequestMessage = request };
        configure?.Invoke(response);
        return Task.FromResult(response);
    }
}
