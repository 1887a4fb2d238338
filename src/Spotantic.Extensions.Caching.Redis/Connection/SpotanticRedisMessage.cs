using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Extensions.Caching.Redis.Connection;

/// <summary>
/// A message between instances: <c>instance|kind|value|subject</c>, the subject last as it may hold any character. The instance lets each ignore its own; the subject
/// is a token key's hash or a client ID, never a token.
/// </summary>
/// <param name="Instance">The sending instance.</param>
/// <param name="Kind">What happened (<see cref="TokenChanged"/>, <see cref="LeaseReleased"/>, <see cref="Cooldown"/>).</param>
/// <param name="Subject">Whom it is about.</param>
/// <param name="Value">A value, e.g. the end of a cooldown in Unix milliseconds; empty when none.</param>
internal readonly record struct SpotanticRedisMessage(string Instance, char Kind, string Subject, string Value)
{
    /// <summary>A key's token was stored, replaced or removed.</summary>
    public const char TokenChanged = 'c';

    /// <summary>A key's refresh lease was released.</summary>
    public const char LeaseReleased = 'r';

    /// <summary>A client ID must not call Spotify before <see cref="Value"/> (Unix milliseconds).</summary>
    public const char Cooldown = 'b';

    public override string ToString() => $"{Instance}|{Kind}|{Value}|{Subject}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out SpotanticRedisMessage? message)
    {
        message = null;
        var parts = text?.Split('|', 4);
        if (parts is not { Length: 4 } || parts[0].Length == 0 || parts[1].Length != 1 || parts[3].Length == 0)
        {
            return false;
        }

        message = new SpotanticRedisMessage(parts[0], parts[1][0], parts[3], parts[2]);
        return true;
    }
}
