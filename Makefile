# storyline's two quick-start commands are `make demo` and `make test`; both set up what they need.
BUILD ?= build
JOBS ?= $(shell nproc)
# In CI warnings are errors (DESIGN.md); locally they stay warnings.
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo $(if $(filter true,$(CI)),-DSTORYLINE_WERROR=ON)

.PHONY: all deps build demo test unit-test sanitize-test fuzz-replay bench format-check clean

all: build

deps:
	bash scripts/install-deps.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

# The main job on the bundled example corpus.
demo: build
	bash scripts/demo.sh $(BUILD)

# Everything CI checks: unit and golden tests, the same under ASan+UBSan, fuzz-corpus replay.
test: build
	bash scripts/test.sh $(BUILD)

unit-test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

bench: build
	bash bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD) build-asan build-fuzz
