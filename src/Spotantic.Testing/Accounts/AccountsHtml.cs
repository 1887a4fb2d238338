using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Spotantic.Testing.Accounts;

/// <summary>The HTML pages of the accounts site: every value they echo is HTML-encoded here or by the caller.</summary>
internal static class AccountsHtml
{
    /// <summary>Shorthand for <see cref="WebUtility.HtmlEncode(string)"/>.</summary>
    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    /// <summary>A page; <paramref name="body"/> is markup, already encoded.</summary>
    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK) =>
        Results.Content(
            string.Create(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html>\n<head><title>{Encode(title)}</title></head>\n<body>\n{body}\n</body>\n</html>\n"),
            "text/html; charset=utf-8",
            Encoding.UTF8,
            status);

    /// <summary>Spotify's error page, with the message in <c>#error</c>.</summary>
    public static IResult Error(string message) =>
        Results.Content(
            $"<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Oops! Something went wrong, please try again or check out our help area.</h1><p id=\"error\">{Encode(message)}</p></body></html>",
            "text/html; charset=utf-8",
            Encoding.UTF8,
            StatusCodes.Status400BadRequest);
}
