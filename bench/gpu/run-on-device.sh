#!/usr/bin/env bash
# Runs on the GPU machine (device tool), after bench/gpu/prepare.sh here; carry .gpu.
# Unpacks the .NET runtime and the bench, points the loader at PyTorch's CUDA libtorch, then runs the
# same benchmark as on the CPU with --device cuda. Everything it prints also lands in $OUT.
# Usage there: bash bench/gpu/run-on-device.sh [bench arguments...]
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${OUT:-/tmp/pdedsl-out}; mkdir -p "$out"
work=/tmp/pdedsl-gpu; rm -rf "$work"; mkdir -p "$work/dotnet"
tar -C "$work/dotnet" -xJf "$root/.gpu/dotnet.tar.xz" && tar -C "$work" -xJf "$root/.gpu/app.tar.xz" || exit 1
torchlib=$(python3 -c 'import os, torch; print(os.path.join(os.path.dirname(torch.__file__), "lib"))') || exit 1
python3 -c 'import torch; print("python torch", torch.__version__, "cuda", torch.version.cuda, torch.cuda.get_device_name(0))' | tee "$out/gpu-info.txt"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader | tee -a "$out/gpu-info.txt"
export DOTNET_ROOT="$work/dotnet" LD_LIBRARY_PATH="$torchlib:${LD_LIBRARY_PATH:-}"
"$work/dotnet/dotnet" "$work/app/PdeDsl.Bench.dll" "$@" 2>&1 | tee "$out/gpu-log.txt"
exit "${PIPESTATUS[0]}"
