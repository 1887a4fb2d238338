using BenchmarkDotNet.Running;

// Runs the emulator throughput benchmarks, e.g.
//   dotnet run -c Release --project benchmarks/Spotantic.Emulator.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Spotantic.Emulator.Benchmarks.EmulatorThroughputBenchmarks).Assembly).Run(args);
