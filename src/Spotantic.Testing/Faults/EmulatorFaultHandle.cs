using Spotantic.Testing.Faults;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing;

/// <summary>A fault rule in force: how often it has applied, and a way to remove it.</summary>
public sealed class EmulatorFaultHandle
{
    private readonly EmulatorFaults _owner;
    private int _applied;

    internal EmulatorFaultHandle(EmulatorFaults owner, PathPattern pattern, int? count, double probability, FaultAction action)
    {
        _owner = owner;
        Pattern = pattern;
        Limit = count;
        Probability = probability;
        Action = action;
    }

    /// <summary>How many requests the fault has been applied to.</summary>
    public int TimesApplied => Volatile.Read(ref _applied);

    /// <summary>True once a rule limited by <see cref="EmulatorFaultBuilder.Next"/> has been used up.</summary>
    public bool IsExhausted => Limit is { } limit && TimesApplied >= limit;

    internal PathPattern Pattern { get; }

    internal int? Limit { get; }

    internal double Probability { get; }

    internal FaultAction Action { get; }

    /// <summary>Removes the rule.</summary>
    public void Remove() => _owner.Remove(this);

    /// <summary>Describes the rule.</summary>
    /// <returns>The target, the fault and how often it applies.</returns>
    public override string ToString() =>
        $"{Action.Kind} on {Pattern} ({(Limit is { } l ? $"next {l}" : "every")}, p={Probability.ToString(System.Globalization.CultureInfo.InvariantCulture)}, applied {TimesApplied})";

    internal void RecordApplied() => Interlocked.Increment(ref _applied);
}
