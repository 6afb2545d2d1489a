#!/usr/bin/env python3
"""Regenerate the three YAML files (fixed seed 13) and validate them."""
import subprocess
import sys

import gen_dialogues
import gen_scope
import gen_yn

gen_yn.build()
gen_scope.build()
gen_dialogues.build()
sys.exit(subprocess.call([sys.executable, 'validate.py']))
