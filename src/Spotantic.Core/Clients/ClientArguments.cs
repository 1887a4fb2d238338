namespace Spotantic.Clients;

/// <summary>Turns the convenience parameters of the typed clients into request-record values.</summary>
internal static class ClientArguments
{
    /// <summary>Copies a caller's sequence once, so a lazy or mutable sequence cannot change between validation and sending.</summary>
    /// <param name="items">The IDs or URIs.</param>
    /// <param name="paramName">The parameter name to report.</param>
    /// <returns>The items.</returns>
    public static string[] ToArray(IEnumerable<string>? items, string paramName)
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        return [.. items];
    }
}
