#!/usr/bin/env bash
# Runs on the GPU machine (device tool, carry .gpu), after bench/gpu/prepare.sh here. Unpacks the .NET runtime and the
# bench, puts a libtorch folder first on LD_LIBRARY_PATH so TorchSharp loads that libtorch (the bench carries none),
# and runs the bench with the given arguments. Everything it prints also lands in $OUT.
#   libtorch: $TORCH_LIB if set, else PyTorch's torch/lib (CUDA there). For a dry run on a CPU machine, point
#   TORCH_LIB at a folder of the CPU libtorch .so files and pass --device cpu.
# Usage there: bash bench/gpu/run-on-device.sh [bench arguments...]
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${OUT:-/tmp/pdedsl-out}; mkdir -p "$out"
work=$(mktemp -d /tmp/pdedsl-gpu.XXXXXX)
mkdir -p "$work/dotnet"
tar -C "$work/dotnet" -xJf "$root/.gpu/dotnet.tar.xz" && tar -C "$work" -xJf "$root/.gpu/app.tar.xz" || { echo "run-on-device: unpack failed" >&2; exit 3; }
if [ -z "${TORCH_LIB:-}" ]; then
  TORCH_LIB=$(python3 -c 'import os, torch; print(os.path.join(os.path.dirname(torch.__file__), "lib"))') || { echo "run-on-device: no PyTorch to take libtorch from; set TORCH_LIB" >&2; exit 4; }
  python3 -c 'import torch; print("python torch", torch.__version__, "cuda", torch.version.cuda, torch.cuda.get_device_name(0) if torch.cuda.is_available() else "no cuda")' | tee "$out/gpu-info.txt"
fi
{ command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader; } | tee -a "$out/gpu-info.txt"
echo "libtorch folder: $TORCH_LIB" | tee -a "$out/gpu-info.txt"
export DOTNET_ROOT="$work/dotnet" DOTNET_CLI_TELEMETRY_OPTOUT=1 LD_LIBRARY_PATH="$TORCH_LIB:${LD_LIBRARY_PATH:-}"
"$work/dotnet/dotnet" "$work/app/PdeDsl.Bench.dll" "$@" 2>&1 | tee "$out/bench-log.txt"
code=${PIPESTATUS[0]}
rm -rf "$work"
exit "$code"
