#!/usr/bin/env python3
"""Compare Jaga's Stemmer with PySastrawi on a word list and print the agreement.

    python3 scripts/compare-stemmer.py [--words scripts/stemmer-words.txt] [--show N] [--release]

PySastrawi (code MIT; its root dictionary is CC-BY-NC-SA, so it is never shipped with
Jaga) is pip-installed into a temporary directory that is deleted afterwards. Jaga's stems
come from the env-gated test `StemmerTests/dumpStems` (JAGA_STEMMER_WORDS, JAGA_STEMMER_OUT).
Lines starting with `#` in the word list are comments.
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", default=os.path.join(HERE, "stemmer-words.txt"))
    ap.add_argument("--show", type=int, default=40, help="print up to N disagreements")
    args = ap.parse_args()
    with open(args.words, encoding="utf-8") as f:
        words = [w.strip().lower() for w in f if w.strip() and not w.startswith("#")]

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "--target", os.path.join(tmp, "py"), "PySastrawi"], check=True)
        word_file = os.path.join(tmp, "words.txt")
        with open(word_file, "w", encoding="utf-8") as f:
            f.write("\n".join(words) + "\n")
        code = ("import sys\n"
                "from Sastrawi.Stemmer.StemmerFactory import StemmerFactory\n"
                "s = StemmerFactory().create_stemmer()\n"
                "for w in open(sys.argv[1], encoding='utf-8').read().split():\n"
                "    print(w + '\\t' + s.stem(w))\n")
        env = dict(os.environ, PYTHONPATH=os.path.join(tmp, "py"))
        out = subprocess.run([sys.executable, "-c", code, word_file], check=True,
                             capture_output=True, text=True, env=env).stdout
        sastrawi = dict(line.split("\t") for line in out.splitlines() if "\t" in line)

        jaga_file = os.path.join(tmp, "jaga.tsv")
        env = dict(os.environ, JAGA_STEMMER_WORDS=word_file, JAGA_STEMMER_OUT=jaga_file)
        subprocess.run(["swift", "test", "--filter", "StemmerTests/dumpStems"], cwd=ROOT, env=env,
                       check=True, stdout=subprocess.DEVNULL)
        with open(jaga_file, encoding="utf-8") as f:
            jaga = dict(line.rstrip("\n").split("\t") for line in f if "\t" in line)

    same = [w for w in words if jaga.get(w) == sastrawi.get(w)]
    diff = [w for w in words if jaga.get(w) != sastrawi.get(w)]
    print(f"words: {len(words)}  agree: {len(same)}  agreement: {100.0 * len(same) / max(1, len(words)):.1f}%")
    if diff and args.show:
        print("word\tjaga\tsastrawi")
        for w in diff[: args.show]:
            print(f"{w}\t{jaga.get(w)}\t{sastrawi.get(w)}")


if __name__ == "__main__":
    main()
