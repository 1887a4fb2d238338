using Spotantic.Testing.Routing;

namespace Spotantic.Testing;

/// <summary>
/// Scripted faults: rate limits, server errors, delays, dropped connections, broken bodies. A fault targets all API
/// requests, all requests, or a method and path pattern, and applies to the next N matching requests, to a share of
/// them (drawn from a seeded random, so runs repeat), or to all of them until removed. Rules are checked in the order
/// they were added; the first that applies wins. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// emulator.Faults.OnApi().Next(2).RespondTooManyRequests(TimeSpan.FromSeconds(1));
/// emulator.Faults.On("GET", "/v1/albums/*").WithProbability(0.3).RespondServerError(503);
/// emulator.Faults.On("POST", "/api/token").Next(1).DropConnection();
/// </code>
/// </example>
public sealed class EmulatorFaults
{
    private readonly object _gate = new();
    private readonly List<EmulatorFaultHandle> _rules = [];
    private Random _random;

    internal EmulatorFaults(int seed) => _random = CreateRandom(seed);

    /// <summary>The rules still in force, in the order they are checked.</summary>
    public IReadOnlyList<EmulatorFaultHandle> Active
    {
        get
        {
            lock (_gate)
            {
                return [.. _rules.Where(r => !r.IsExhausted)];
            }
        }
    }

    /// <summary>Targets every Web API request (paths under <c>/v1/</c>), not the accounts service.</summary>
    /// <returns>A builder to choose how often and which fault.</returns>
    public EmulatorFaultBuilder OnApi() => new(this, new PathPattern(null, "/v1/**"));

    /// <summary>Targets every request, the accounts service included.</summary>
    /// <returns>A builder to choose how often and which fault.</returns>
    public EmulatorFaultBuilder OnAnyRequest() => new(this, new PathPattern(null, "/**"));

    /// <summary>Targets one route.</summary>
    /// <param name="method">The HTTP method, or <c>*</c> for any.</param>
    /// <param name="pathPattern">
    /// The server path, e.g. <c>/v1/albums/*</c> or <c>/api/token</c>; <c>*</c> or <c>{name}</c> matches one segment,
    /// a final <c>**</c> any rest.
    /// </param>
    /// <returns>A builder to choose how often and which fault.</returns>
    public EmulatorFaultBuilder On(string method, string pathPattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        return new(this, new PathPattern(method, pathPattern));
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Restarts the random draws behind probabilistic rules from a seed.</summary>
    /// <param name="seed">The seed.</param>
    public void Reseed(int seed)
    {
        lock (_gate)
        {
            _random = CreateRandom(seed);
        }
    }

    internal EmulatorFaultHandle Add(EmulatorFaultHandle rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
        }

        return rule;
    }

    internal void Remove(EmulatorFaultHandle rule)
    {
        lock (_gate)
        {
            _rules.Remove(rule);
        }
    }

    /// <summary>The fault to apply to a request, if any; consumes one application of the rule.</summary>
    internal EmulatorFaultHandle? Select(string method, string path)
    {
        lock (_gate)
        {
            if (_rules.Count == 0)
            {
                return null;
            }

            foreach (var rule in _rules)
            {
                if (rule.IsExhausted || !rule.Pattern.Matches(method, path))
                {
                    continue;
                }

#pragma warning disable CA5394 // Reproducible fault draws, not security.
                if (rule.Probability < 1.0 && _random.NextDouble() >= rule.Probability)
#pragma warning restore CA5394
                {
                    continue;
                }

                rule.RecordApplied();
                return rule;
            }

            _rules.RemoveAll(r => r.IsExhausted);
            return null;
        }
    }

#pragma warning disable CA5394 // Reproducible fault draws, not security.
    private static Random CreateRandom(int seed) => new(seed);
#pragma warning restore CA5394
}
