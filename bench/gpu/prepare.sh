#!/usr/bin/env bash
# Packs what the GPU machine needs into .gpu/ (git-ignored) for the device tool's carry (64 MiB at most):
#   .gpu/dotnet.tar.xz  this machine's .NET runtime (the GPU machine has none)
#   .gpu/app.tar.xz     the bench, published with -p:TorchBackend=none: managed assemblies and the patched
#                       libLibTorchSharp.so, but no libtorch (the GPU machine's PyTorch brings a CUDA libtorch;
#                       2.11 there against the 2.10 LibTorchSharp was built for: only a run there tells).
# Builds in a scratch artifacts folder so the worktree's normal Release outputs are left alone.
# Usage (from the repository root): bash bench/gpu/prepare.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/.gpu"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
rm -rf "$out" && mkdir -p "$out"

dotnet publish "$root/bench/PdeDsl.Bench.csproj" -c Release -p:TorchBackend=none -p:UseAppHost=false \
  --artifacts-path "$stage/artifacts" -o "$stage/app" >"$stage/publish.log" 2>&1 || { cat "$stage/publish.log" >&2; exit 1; }
# Other operating systems' natives (SkiaSharp and friends) are dead weight there.
find "$stage/app/runtimes" -mindepth 1 -maxdepth 1 ! -name linux-x64 -exec rm -rf {} +
if find "$stage/app" -name 'libtorch*.so*' -o -name 'libc10*.so*' | grep -q .; then
  echo "prepare: the publish output carries libtorch; TorchBackend=none did not take" >&2; exit 1
fi
sharp="$stage/app/runtimes/linux-x64/native/libLibTorchSharp.so"
[ -f "$sharp" ] || { echo "prepare: $sharp missing from the publish output" >&2; exit 1; }
# The libstdc++ fix (src/PdeDsl.Runtime/build/PdeDsl.NativeFix.targets) runs on build outputs; make sure the
# published copy is a patched one, so the GPU machine's older libstdc++ (if it is) loads it too.
patched=$(find "$stage/artifacts/bin/PdeDsl.Bench" -path '*linux-x64/native/libLibTorchSharp.so' | head -n 1)
if [ -n "$patched" ] && ! cmp -s "$patched" "$sharp"; then cp "$patched" "$sharp"; fi

dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
runtime=$(cd "$dotnet_root" && ls -d shared/Microsoft.NETCore.App/10.* | sort -V | tail -n 1)
tar -C "$dotnet_root" -cf - dotnet host "$runtime" | xz -T0 -6 >"$out/dotnet.tar.xz"
tar -C "$stage" -cf - app | xz -T0 -6 >"$out/app.tar.xz"
du -ch "$out"/*.tar.xz
total=$(du -cb "$out"/*.tar.xz | tail -n 1 | cut -f1)
[ "$total" -lt $((60 * 1024 * 1024)) ] || { echo "prepare: .gpu is $total bytes, over the 60 MiB budget" >&2; exit 1; }
