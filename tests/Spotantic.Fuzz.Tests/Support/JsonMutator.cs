using System.Text;
using System.Text.Json.Nodes;

namespace Spotantic.Fuzz.Tests.Support;

/// <summary>
/// Breaks a real JSON body the ways servers and proxies do: values of the wrong type or null, missing properties,
/// truncation, flipped bytes, garbage. Deterministic for a seed, so a failing case can be replayed.
/// </summary>
internal static class JsonMutator
{
    private static readonly Func<JsonNode?>[] Replacements =
    [
        () => null,
        () => JsonValue.Create(""),
        () => JsonValue.Create("x"),
        () => JsonValue.Create(0),
        () => JsonValue.Create(-1),
        () => JsonValue.Create(1e308),
        () => JsonValue.Create(long.MaxValue),
        () => JsonValue.Create(true),
        () => new JsonObject(),
        () => new JsonArray(),
        () => new JsonArray(JsonValue.Create(1), null, JsonValue.Create("a")),
        () => new JsonObject { ["type"] = "episode" },
        () => JsonValue.Create("2026-13-45T99:99:99Z"),
        () => JsonValue.Create("spotify:local:::"),
    ];

    public static byte[] Mutate(byte[] body, int seed)
    {
        var random = new Random(seed);
        return random.Next(10) switch
        {
            < 6 => MutateTree(body, random),
            6 => body[..random.Next(body.Length)],
            7 => FlipBytes(body, random),
            8 => InsertGarbage(body, random),
            _ => Encoding.UTF8.GetBytes(Replacements[random.Next(Replacements.Length)]()?.ToJsonString() ?? "null"),
        };
    }

    private static byte[] MutateTree(byte[] body, Random random)
    {
        var root = JsonNode.Parse(body)!;
        var mutations = random.Next(1, 4);
        for (var i = 0; i < mutations; i++)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            if (nodes.Count == 0)
            {
                break;
            }

            var target = nodes[random.Next(nodes.Count)];
            var parent = target.Parent;
            if (parent is JsonObject obj)
            {
                var name = target.GetPropertyName();
                if (random.Next(4) == 0)
                {
                    obj.Remove(name);
                }
                else
                {
                    obj[name] = Replacements[random.Next(Replacements.Length)]();
                }
            }
            else if (parent is JsonArray array)
            {
                array[target.GetElementIndex()] = Replacements[random.Next(Replacements.Length)]();
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        if (node.Parent is not null)
        {
            nodes.Add(node);
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
        }
    }

    private static byte[] FlipBytes(byte[] body, Random random)
    {
        var copy = (byte[])body.Clone();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] InsertGarbage(byte[] body, Random random)
    {
        var at = random.Next(body.Length);
        var garbage = new byte[random.Next(1, 8)];
        random.NextBytes(garbage);
        return [.. body[..at], .. garbage, .. body[at..]];
    }
}
