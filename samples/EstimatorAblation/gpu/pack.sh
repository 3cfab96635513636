#!/usr/bin/env bash
# Packs the ablation with this machine's .NET runtime, without any libtorch (-p:TorchBackend=none),
# into out/gpu.tar.xz (about 32 MB) for a GPU machine that has PyTorch's CUDA libtorch but no .NET.
# Run from the repository root; then carry out/ to the GPU machine and run gpu/run.sh there.
set -euo pipefail
stage=$(mktemp -d)
dotnet publish samples/EstimatorAblation -c Release -p:TorchBackend=none -o "$stage/app"
find "$stage/app/runtimes" -mindepth 1 -maxdepth 1 ! -name linux-x64 -exec rm -rf {} +
root=$(dirname "$(readlink -f "$(command -v dotnet)")")
runtime=$(ls -d "$root"/shared/Microsoft.NETCore.App/10.* | sort -V | tail -1)
mkdir -p "$stage/dotnet/shared/Microsoft.NETCore.App"
cp "$root/dotnet" "$stage/dotnet/" && cp -r "$root/host" "$stage/dotnet/" && cp -r "$runtime" "$stage/dotnet/shared/Microsoft.NETCore.App/"
mkdir -p out && tar -C "$stage" -cf - app dotnet | xz -T0 -6 > out/gpu.tar.xz
rm -rf "$stage"
ls -la out/gpu.tar.xz
