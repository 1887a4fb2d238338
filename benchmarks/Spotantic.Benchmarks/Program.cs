using BenchmarkDotNet.Running;

// Runs the client benchmarks, e.g.
//   dotnet run -c Release --project benchmarks/Spotantic.Benchmarks -- --filter '*'
// docs/benchmarks.md has the results and how they were taken.
BenchmarkSwitcher.FromAssembly(typeof(Spotantic.Benchmarks.RedisOverheadBenchmarks).Assembly).Run(args);
