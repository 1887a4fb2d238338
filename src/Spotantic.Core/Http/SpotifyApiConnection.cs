using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polly.Timeout;
using Spotantic.Exceptions;
using Spotantic.Requests;

namespace Spotantic.Http;

/// <summary>
/// Sends request records through the Spotantic handler chain and turns responses into results or typed
/// exceptions. Shared by every typed client.
/// </summary>
internal sealed class SpotifyApiConnection
{
    private readonly Func<HttpClient> _httpClient;
    private readonly Func<string> _tokenKey;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new connection.</summary>
    /// <param name="httpClient">Returns the HttpClient whose handlers form the Spotantic chain (from IHttpClientFactory, or built by hand).</param>
    /// <param name="apiBaseAddress">The Web API base address, ending in a slash, e.g. <c>https://api.spotify.com/v1/</c>.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="tokenKey">Returns whose token a call uses, read when the call starts (a fixed key, or the current one); <see langword="null"/> is the default key.</param>
    public SpotifyApiConnection(Func<HttpClient> httpClient, Uri apiBaseAddress, TimeProvider timeProvider, Func<string>? tokenKey = null)
    {
        _httpClient = httpClient;
        _tokenKey = tokenKey ?? DefaultKey;
        ApiBaseAddress = apiBaseAddress.AbsoluteUri.EndsWith('/') ? apiBaseAddress : new Uri(apiBaseAddress.AbsoluteUri + "/");
        _timeProvider = timeProvider;
    }

    private static readonly Func<string> DefaultKey = static () => Auth.SpotifyTokenKeys.Default;

    /// <summary>The Web API base address, ending in a slash.</summary>
    public Uri ApiBaseAddress { get; }

    /// <summary>The token key a call started now would use.</summary>
    public string CurrentTokenKey => _tokenKey();

    /// <summary>Returns a connection over the same pipeline that acts for <paramref name="tokenKey"/>.</summary>
    /// <param name="tokenKey">The token key.</param>
    /// <returns>The connection.</returns>
    public SpotifyApiConnection ForKey(string tokenKey) => new(_httpClient, ApiBaseAddress, _timeProvider, () => tokenKey);

    /// <summary>Validates and sends a request whose response carries a JSON body.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TData">The response model.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="typeInfo">The source-generated metadata of the response model.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request, raw response and data.</returns>
    public async Task<SpotifyResult<TRequest, TData>> SendAsync<TRequest, TData>(TRequest request, JsonTypeInfo<TData> typeInfo, CancellationToken cancellationToken)
        where TRequest : SpotifyRequest
    {
        var raw = await SendCoreAsync(request, null, cancellationToken).ConfigureAwait(false);
        return new SpotifyResult<TRequest, TData>(request, raw, Deserialize(raw, typeInfo, request.Operation.Id));
    }

    /// <summary>
    /// Validates and sends a request whose response carries a JSON body, or none at all (204 No Content, e.g. the
    /// playback state when nothing plays); the data is then <see langword="null"/>.
    /// </summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TData">The response model.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="typeInfo">The source-generated metadata of the response model.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request, raw response and data, or <see langword="null"/> data for an empty response.</returns>
    public async Task<SpotifyResult<TRequest, TData?>> SendOptionalAsync<TRequest, TData>(TRequest request, JsonTypeInfo<TData> typeInfo, CancellationToken cancellationToken)
        where TRequest : SpotifyRequest
        where TData : class
    {
        var raw = await SendCoreAsync(request, null, cancellationToken).ConfigureAwait(false);
        var data = raw.StatusCode == HttpStatusCode.NoContent || raw.Body.IsEmpty ? null : Deserialize(raw, typeInfo, request.Operation.Id);
        return new SpotifyResult<TRequest, TData?>(request, raw, data);
    }

    /// <summary>Validates and sends a request whose response has no body worth reading.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request and raw response.</returns>
    public async Task<SpotifyResult<TRequest>> SendAsync<TRequest>(TRequest request, CancellationToken cancellationToken)
        where TRequest : SpotifyRequest
    {
        var raw = await SendCoreAsync(request, null, cancellationToken).ConfigureAwait(false);
        return new SpotifyResult<TRequest>(request, raw);
    }

    /// <summary>Fetches the page a <c>next</c> link points at, with the metadata of the request that started the walk.</summary>
    /// <typeparam name="TData">The page model.</typeparam>
    /// <param name="origin">The request of the first page.</param>
    /// <param name="next">The absolute <c>next</c> URL Spotify returned.</param>
    /// <param name="typeInfo">The page model's metadata.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public async Task<TData> GetPageAsync<TData>(SpotifyRequest origin, string next, JsonTypeInfo<TData> typeInfo, CancellationToken cancellationToken)
    {
        // A next link that leaves the API's origin would carry the bearer token elsewhere: refuse it.
        if (!Uri.TryCreate(next, UriKind.Absolute, out var uri) ||
            Uri.Compare(uri, ApiBaseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new SpotifyInvalidResponseException(HttpStatusCode.OK, origin.Operation.Id, "its 'next' link does not point at the Web API base address", null);
        }

        var raw = await SendCoreAsync(origin, uri, cancellationToken).ConfigureAwait(false);
        return Deserialize(raw, typeInfo, origin.Operation.Id);
    }

    // The URI is built only after validation, so an invalid identifier is reported by its parameter name, not by
    // the route segment it would have become. A page walk passes the absolute next link instead.
    private async Task<SpotifyRawResponse> SendCoreAsync(SpotifyRequest request, Uri? uri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        uri ??= new Uri(ApiBaseAddress, request.BuildRelativeUri());

        using var message = new HttpRequestMessage(request.Operation.Method, uri) { Content = request.BuildContent() };
        message.Options.Set(SpotifyRequestMetadata.Key, new SpotifyRequestMetadata(request.Operation, request.RequiredScopes, request.IsIdempotent) { TokenKey = _tokenKey() });

        HttpResponseMessage response;
        try
        {
            response = await _httpClient().SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new SpotifyTimeoutException($"Spotify operation '{request.Operation.Id}' timed out after {ex.Timeout.TotalSeconds:0.###} s. Raise Spotantic:Client:AttemptTimeout or TotalTimeout if Spotify is slow.", ex);
        }
        catch (HttpRequestException ex) when (!cancellationToken.IsCancellationRequested)
        {
            var advice = request.IsIdempotent
                ? "It was retried as often as Spotantic:Client:MaxAttempts allows."
                : "It was not retried, because repeating it is not safe, and Spotify may or may not have applied it: check before sending it again.";
            throw new SpotifyConnectionException($"The connection to Spotify failed during operation '{request.Operation.Id}' ({ex.Message}). {advice}", ex);
        }

        using (response)
        {
            byte[] body;
            try
            {
                body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                throw new SpotifyInvalidResponseException(response.StatusCode, request.Operation.Id, "the connection closed before the body was complete", ex);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw SpotifyErrorMapper.Map(response, body, request.Operation.Id, _timeProvider);
            }

            return new SpotifyRawResponse(request.Operation.Method, uri, response.StatusCode, response.Headers, response.Content.Headers.ContentType?.MediaType, body);
        }
    }

    private static TData Deserialize<TData>(SpotifyRawResponse raw, JsonTypeInfo<TData> typeInfo, string operationId)
    {
        if (raw.Body.IsEmpty)
        {
            throw new SpotifyInvalidResponseException(raw.StatusCode, operationId, "the body is empty where JSON was expected", null);
        }

        TData? data;
        try
        {
            data = JsonSerializer.Deserialize(raw.Body.Span, typeInfo);
        }
        catch (JsonException ex)
        {
            throw new SpotifyInvalidResponseException(raw.StatusCode, operationId, $"the body is not valid JSON for {typeof(TData).Name} ({ex.Message})", ex);
        }

        return data ?? throw new SpotifyInvalidResponseException(raw.StatusCode, operationId, "the body is JSON null", null);
    }
}
