"""Removes the public method NAME (its Javadoc and body) from a Java source file: the API break the
release check expects japicmp to catch. Usage: remove_method.py FILE NAME"""
import re
import sys

path, name = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
match = re.search(r"\n(    /\*\*(?:(?!\*/).)*\*/\n)?    public [^\n;=]*\b" + re.escape(name) + r"\(", text, re.S)
if not match:
    sys.exit(f"{path}: no public method {name}")
start = match.start()
depth, i = 0, text.index("{", match.end())
while True:
    if text[i] == "{":
        depth += 1
    elif text[i] == "}":
        depth -= 1
        if depth == 0:
            break
    i += 1
open(path, "w", encoding="utf-8").write(text[:start] + text[i + 1 :])
print(f"removed {name} from {path}")
