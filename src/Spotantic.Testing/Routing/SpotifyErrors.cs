using Microsoft.AspNetCore.Http;

namespace Spotantic.Testing.Routing;

/// <summary>Spotify's regular error object: <c>{"error":{"status":N,"message":"...","reason":"..."}}</c>.</summary>
internal static class SpotifyErrors
{
    public const string NoToken = "No token provided";
    public const string OnlyBearer = "Only valid bearer authentication supported";
    public const string InvalidToken = "Invalid access token";
    public const string ExpiredToken = "The access token expired";
    public const string UserAuthenticationRequired = "Valid user authentication required";
    public const string InsufficientScope = "Insufficient client scope";
    public const string InvalidIdMessage = "invalid id";
    public const string NotFoundMessage = "Resource not found";
    public const string ServiceNotFound = "Service not found";
    public const string TooManyIds = "Too many ids requested";
    public const string InvalidLimit = "Invalid limit";
    public const string InvalidOffset = "Invalid offset";
    public const string InvalidMarket = "Invalid market code";
    public const string RateLimited = "API rate limit exceeded";
    public const string ErrorParsingJson = "Error parsing JSON.";

    public static IResult Result(int status, string message, string? reason = null) =>
        SpotifyJson.Result(status, writer => Write(writer, status, message, reason));

    /// <summary>Writes Spotify's error body; without a message for the refusals Spotify sends with none (<c>{"error":{"status":403}}</c>).</summary>
    public static Task WriteAsync(HttpContext http, int status, string? message, string? reason = null) =>
        SpotifyJson.WriteAsync(http.Response, status, SpotifyJson.Serialize(writer => Write(writer, status, message, reason)));

    public static IResult BadRequest(string message) => Result(StatusCodes.Status400BadRequest, message);

    public static IResult InvalidId() => BadRequest(InvalidIdMessage);

    public static IResult MissingParameter(string name) => BadRequest("Missing required parameter: " + name);

    public static IResult NotFound(string message = NotFoundMessage) => Result(StatusCodes.Status404NotFound, message);

    public static IResult Forbidden(string message = "Forbidden") => Result(StatusCodes.Status403Forbidden, message);

    public static string MessageFor(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => NotFoundMessage,
        429 => RateLimited,
        500 => "Server error.",
        502 => "Bad gateway.",
        503 => "Service unavailable",
        _ => "Error",
    };

    private static void Write(System.Text.Json.Utf8JsonWriter writer, int status, string? message, string? reason)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("error");
        writer.WriteNumber("status", status);
        if (message is not null)
        {
            writer.WriteString("message", message);
        }

        if (reason is not null)
        {
            writer.WriteString("reason", reason);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
