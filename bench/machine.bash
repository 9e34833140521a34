# machine.bash: the machine description every benchmark script writes beside its CSV (sourced;
# bench/ only). One copy, so that the figures of different scripts name their machine alike.
# machine_info: prints commit, CPU, cores, memory, kernel, compiler and the build type (the
# scripts build with CMAKE_BUILD_TYPE=Release).
machine_info() {
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
  echo "cores: $(nproc)"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "kernel: $(uname -r)"
  echo "compiler: $(cc --version | head -1)"
  echo "build: CMAKE_BUILD_TYPE=Release (-O3 -DNDEBUG)"
}
