#!/usr/bin/env bash
# Packs what the GPU machine needs into .gpu/ (git-ignored), within the device tool's 64 MiB carry limit:
# the .NET runtime (that machine has none), the bench's managed assemblies and the patched
# libLibTorchSharp.so. libtorch is NOT carried: the GPU machine's PyTorch brings a CUDA libtorch
# (2.11 there, against the 2.10 LibTorchSharp was built for; only a run there tells whether it binds).
# Usage (from the repository root): bash bench/gpu/prepare.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/.gpu"
rm -rf "$out" && mkdir -p "$out/app"
dotnet publish "$root/bench/PdeDsl.Bench.csproj" -c Release -o "$out/publish" -p:UseAppHost=false >/dev/null
# Managed assemblies, configs and the patched LibTorchSharp; no libtorch CPU libraries.
find "$out/publish" -maxdepth 1 -type f ! -name 'lib*.so*' -exec cp {} "$out/app/" \;
patched=$(find "$out/publish" -name libLibTorchSharp.so | head -n 1)
[ -n "$patched" ] || { echo "prepare: libLibTorchSharp.so missing from the publish output" >&2; exit 1; }
cp "$patched" "$out/app/"
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
runtime=$(cd "$dotnet_root" && ls -d shared/Microsoft.NETCore.App/* | sort -V | tail -n 1)
tar -C "$dotnet_root" -cJf "$out/dotnet.tar.xz" dotnet host "$runtime"
tar -C "$out" -cJf "$out/app.tar.xz" app
rm -rf "$out/publish" "$out/app"
du -ch "$out"/*.tar.xz
