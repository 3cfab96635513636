#!/usr/bin/env bash
# On the GPU machine, from the folder holding out/gpu.tar.xz: unpack, put PyTorch's libtorch (CUDA) on
# LD_LIBRARY_PATH so TorchSharp loads it instead of a NuGet libtorch, and run the ablation on CUDA at
# D = 1000 (the full figure) and a timing at D = 5000. Results go to ${OUT:-.}.
set -x
dest=${OUT:-.}
mkdir -p /tmp/g && tar -xJf out/gpu.tar.xz -C /tmp/g || exit 4
export DOTNET_ROOT=/tmp/g/dotnet DOTNET_CLI_TELEMETRY_OPTOUT=1
lib=$(python3 -c "import torch, os; print(os.path.dirname(torch.__file__) + '/lib')")
export LD_LIBRARY_PATH=$lib:${LD_LIBRARY_PATH:-}
nvidia-smi -L
cd /tmp/g/app
timeout 200 /tmp/g/dotnet/dotnet EstimatorAblation.dll --device cuda --compare-noise --report "$dest/gpu.json" 2>&1 | tee "$dest/log1000.txt"
timeout 150 /tmp/g/dotnet/dotnet EstimatorAblation.dll --device cuda --dim 5000 --points 2 --max-samples 8 --repeats 1 \
  --oracle-pairs 64 --compare-noise --plot "$dest/d5000.png" 2>&1 | tee "$dest/log5000.txt"
