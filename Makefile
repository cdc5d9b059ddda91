# Two commands do all set-up on a fresh Debian/Ubuntu machine with Python >= 3.10:
#   make run    install into ./.venv, then run the main job on the corpus
#   make test   install into ./.venv, then run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED := ../shared
CORPUS ?= $(if $(wildcard $(SHARED)/corpus),$(SHARED)/corpus,)
OUT    ?= out
MECHANISM ?= 综合查一次
# the real web pages of the shared material join the founding corpus when present (their gold is skipped)
REAL   ?= $(if $(wildcard $(SHARED)/real/dev),$(SHARED)/real/dev,)

.PHONY: install run test bench eval clean

install: $(STAMP)

$(STAMP): setup.cfg pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' || \
	  { echo "fazhi-graph needs Python >= 3.10 (found $$($(PYTHON) --version)); pass PYTHON=python3.x"; exit 2; }
	@$(PYTHON) -m venv --help >/dev/null 2>&1 && $(PYTHON) -c 'import ensurepip' 2>/dev/null || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	      apt-get update -qq && apt-get install -y -qq python3-venv; \
	    else echo "Python's venv module is missing: sudo apt-get install python3-venv"; exit 2; fi; }
	@# a CJK font for the Chinese labels of spread plots and maps (Debian: fonts-wqy-microhei, 5 MB)
	@fc-list :lang=zh 2>/dev/null | grep -q . || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	      apt-get install -y -qq fonts-wqy-microhei >/dev/null 2>&1 || \
	      { apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei; } || \
	      echo "note: could not install fonts-wqy-microhei; plots will label places by code"; \
	    else echo "note: no Chinese font found; plots will label places by code (sudo apt-get install fonts-wqy-microhei)"; fi; }
	@# the browser tests of `fazhi serve` and `fazhi show` (tests/test_web_browser.py, tests/test_show_browser.py) drive Debian's chromium headless through
	@# chromium-driver, with a CJK font for the page's labels; without them those tests skip and say why
	@{ command -v chromium && command -v chromedriver && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; } >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null 2>&1 || \
	      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null; } || \
	      echo "note: could not install chromium, chromium-driver and fonts-noto-cjk; the browser tests will skip"; \
	    else echo "note: no chromium/chromedriver; the browser tests will skip (sudo apt-get install chromium chromium-driver fonts-noto-cjk)"; fi; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip setuptools wheel
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

run: install
	@if [ -z "$(CORPUS)" ]; then \
	  echo "No corpus found: pass one, e.g.  make run CORPUS=path/to/documents  ($(SHARED)/corpus does not exist here)"; \
	  exit 2; fi
	@mkdir -p $(OUT)
	@# a fresh graph each run: one built by an older fazhi may lack what this one records (it would say so)
	@rm -rf $(OUT)/fazhi.lbug $(OUT)/fazhi.lbug.wal
	$(BIN)/fazhi inspect "$(CORPUS)" || true
	$(BIN)/fazhi load "$(CORPUS)" $(REAL) --db $(OUT)/fazhi.lbug
	$(BIN)/fazhi stats --db $(OUT)/fazhi.lbug
	@echo; echo "== Places named 法治政府建设示范市（县、区）, national and provincial, by level and batch"
	$(BIN)/fazhi query --db $(OUT)/fazhi.lbug --name demonstration_cities
	@echo; echo "== Mechanisms adopted by the most places"
	$(BIN)/fazhi query --db $(OUT)/fazhi.lbug --name top_mechanisms -p limit=10
	@echo; echo "== Who pioneered what (首创/率先)"
	$(BIN)/fazhi query --db $(OUT)/fazhi.lbug --name pioneers --format csv
	@if [ -d "$(SHARED)/real/dev" ]; then \
	  echo; echo "== Extraction quality on real web pages ($(SHARED)/real/dev; fazhi eval --errors lists the mistakes)"; \
	  $(BIN)/fazhi eval "$(SHARED)/real/dev" --corpus "$(SHARED)/real/dev"; fi
	@echo; echo "== The interactive graph (open it in a browser):"
	$(BIN)/fazhi show --db $(OUT)/fazhi.lbug -o $(OUT)/overview.html
	@$(BIN)/python -c "import webbrowser, os, sys; sys.exit(0) if os.environ.get('CI') or not os.environ.get('DISPLAY') else webbrowser.open('file://' + os.path.abspath('$(OUT)/overview.html'))"
	@echo; echo "== How one mechanism spread (fazhi spread; fazhi export adoptions|panel|cascades|network for R/Stata)"
	$(BIN)/fazhi spread $(MECHANISM) --db $(OUT)/fazhi.lbug --map $(OUT)/spread.html --plot $(OUT)/spread_curve.png
	@echo "map: $(OUT)/spread.html"
	@echo; echo "== Explore the graph in the browser (search, neighbourhoods, spreads, documents, a Cypher box):"
	@echo "$(BIN)/fazhi serve --db $(OUT)/fazhi.lbug     # then open http://127.0.0.1:8765"
	@echo; echo "== The graph is $(OUT)/fazhi.lbug: fazhi commands run in this folder use it when there is no ./fazhi.lbug;"
	@echo "   from anywhere else:  export FAZHI_DB=$(abspath $(OUT))/fazhi.lbug"

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) *.egg-info $(OUT) fazhi.lbug*

eval: install
	@if [ ! -d "$(SHARED)/gold" ]; then echo "No gold annotations at $(SHARED)/gold"; exit 2; fi
	$(BIN)/fazhi eval "$(SHARED)/gold" --corpus "$(SHARED)/corpus"

# speed and scale (issue 13) on a scaled corpus built from ../shared under out/bench/: not part of `make test`;
# SIZES in MB, e.g. make bench SIZES="1 10 100" (README, "Speed and memory", says how long each takes)
SIZES ?= 1 10
bench: install
	$(BIN)/python bench/run.py --sizes $(SIZES)
