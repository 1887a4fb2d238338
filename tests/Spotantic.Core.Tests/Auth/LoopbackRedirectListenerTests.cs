using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Spotantic.Auth;
using Spotantic.Tests.Support;

namespace Spotantic.Core.Tests.Auth;

/// <summary>The listener that receives Spotify's redirect during interactive authorization.</summary>
public sealed class LoopbackRedirectListenerTests
{
    [Theory]
    [InlineData("http://localhost:{port}/callback")]
    [InlineData("https://127.0.0.1:{port}/callback")]
    [InlineData("http://10.1.2.3:{port}/callback")]
    [InlineData("http://example.com:{port}/callback")]
    public void Start_RedirectUriNotHttpOnLoopbackLiteral_ThrowsNamingTheUri(string template)
    {
        var uri = new Uri(template.Replace("{port}", LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var ex = Assert.Throws<InvalidOperationException>(() => LoopbackRedirectListener.Start(uri, NullLogger.Instance));

        Assert.Contains(uri.ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForCallbackAsync_OtherPathOrMethodFirst_AnswersNotFoundAndWaitsForTheRealCallback()
    {
        var redirect = RedirectUri();
        using var listener = LoopbackRedirectListener.Start(redirect, NullLogger.Instance);
        var callback = listener.WaitForCallbackAsync(CancellationToken.None);
        using var http = new HttpClient();

        using var otherPath = await http.GetAsync(new Uri(redirect, "/favicon.ico"));
        using var post = await http.PostAsync(redirect, new StringContent("code=x"));
        Assert.False(callback.IsCompleted);
        using var real = await http.GetAsync(new Uri(redirect + "?code=the-code&state=the-state"));
        var query = await callback.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.NotFound, otherPath.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.Equal("the-code", query["code"]);
        Assert.Equal("the-state", query["state"]);
    }

    [Fact]
    public async Task WaitForCallbackAsync_AfterOneCallbackAndDispose_NoLongerAnswers()
    {
        var redirect = RedirectUri();
        using var http = new HttpClient();
        using (var listener = LoopbackRedirectListener.Start(redirect, NullLogger.Instance))
        {
            var callback = listener.WaitForCallbackAsync(CancellationToken.None);
            using var first = await http.GetAsync(new Uri(redirect + "?code=one&state=s"));
            Assert.Equal("one", (await callback.WaitAsync(TimeSpan.FromSeconds(10)))["code"]);
        }

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(redirect + "?code=two&state=s")));
    }

    [Fact]
    public async Task WaitForCallbackAsync_TimesOut_ThrowsCanceledAndFreesThePort()
    {
        var redirect = RedirectUri();
        using (var listener = LoopbackRedirectListener.Start(redirect, NullLogger.Instance))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listener.WaitForCallbackAsync(timeout.Token));
        }

        // The port is free again: a new listener on the same redirect URI starts and works.
        using var again = LoopbackRedirectListener.Start(redirect, NullLogger.Instance);
        var callback = again.WaitForCallbackAsync(CancellationToken.None);
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(redirect + "?code=c&state=s"));
        Assert.Equal("c", (await callback.WaitAsync(TimeSpan.FromSeconds(10)))["code"]);
    }

    [Fact]
    public async Task Start_LoopbackAddress_IsNotReachableOnOtherAddresses()
    {
        var redirect = RedirectUri();
        using var listener = LoopbackRedirectListener.Start(redirect, NullLogger.Instance);
        _ = listener.WaitForCallbackAsync(CancellationToken.None);

        // 127.0.0.2 is another loopback address: only a listener bound to every address (0.0.0.0) would answer it.
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var ex = await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync(new IPEndPoint(IPAddress.Parse("127.0.0.2"), redirect.Port)));

        Assert.Equal(SocketError.ConnectionRefused, ex.SocketErrorCode);
    }

    private static Uri RedirectUri() => new($"http://127.0.0.1:{LoopbackPort.Free()}/callback");
}
