"""Writes N article files in the seeds' format, as the benchmarks' GeneratedArticles does: the
first seed's paragraphs in a rotated order under a title, author and date of their own, so each
file is a distinct article naming the same people. Usage: generate_articles.py <repo> <folder> <n>"""
import datetime
import os
import sys

repo, folder, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(folder, exist_ok=True)
with open(os.path.join(repo, "seeds", "000_bd5966101cee13de.txt"), encoding="utf-8") as seed:
    body = [p.strip() for p in seed.read().split("\n\n") if len(p.strip()) > 80 and not p.strip().startswith("#")]
authors = ["Eric London", "Andrea Lobo", "Jerry White", "Jane Roe", "Kim Lee"]
for n in range(count):
    date = datetime.date(2019, 1, 1) + datetime.timedelta(days=n)
    text = f"# Generated report number {n} on the crisis in Mexico\n\n{authors[n % len(authors)]}\n\n{date.day} {date.strftime('%B %Y')}\n\n"
    text += "".join(body[(p + n) % len(body)] + "\n\n" for p in range(len(body)))
    text += "To contact the WSWS and the Socialist Equality Party visit:\n\n**[wsws.org/contact](https://www.wsws.org/contact)**\n"
    with open(os.path.join(folder, f"{n:04d}.txt"), "w", encoding="utf-8") as out:
        out.write(text)
