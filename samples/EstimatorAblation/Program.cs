using System;
using TorchSharp;
var a = torch.randn(2048, 2048);
var sw = System.Diagnostics.Stopwatch.StartNew();
for (int i = 0; i < 5; i++) { using var c = a.matmul(a); }
Console.WriteLine($"ok {sw.Elapsed.TotalMilliseconds / 5:F1} ms/matmul, threads {torch.get_num_threads()}");
