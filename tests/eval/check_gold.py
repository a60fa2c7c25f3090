#!/usr/bin/env python3
"""Sanity checks for an article set with a gold list (tests/devset*, tests/heldout, tests/heldout2): front matter,
quotes, metric ids, periods, arithmetic, and that no URL of the set is also in another set's urls.txt (every
devset* and every heldout* set, so a held-out set and any other set never share a URL, in both directions).

Run: python3 tests/eval/check_gold.py tests/devset2   (exit status 1 on any error; arithmetic notes are warnings)
"""
import json, os, re, sys

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
ART = os.path.join(HERE, "articles")
TESTS = os.path.dirname(HERE)
BASE = ["ai_industry_scale", "ai_enterprises", "large_model_enterprises", "filed_models", "ai_talent"]
METRICS = set("""ai_industry_scale ai_talent filed_models genai_services_registered large_model_enterprises
ai_enterprises ai_enterprises_above_scale cluster_enterprises universities_ai_institutes universities_ai_majors
compute_capacity corpus_size office_space investment_institutions waic_exhibition_area waic_exhibitors waic_exhibits
waic_guests waic_forums waic_onsite_visits waic_online_visits humanoid_robot_industry_scale
waic_onsite_visits_total waic_online_visits_total
ai_industry_scale__growth_yoy ai_industry_scale__growth_avg ai_investment_signed ai_financing new_ai_enterprises""".split())
METRICS |= {b + "__share_of_country" for b in BASE} | {b + "__share_of_city" for b in BASE}
GEOS = set("shanghai huangpu xuhui changning jingan putuo hongkou yangpu minhang baoshan jiading pudong jinshan songjiang qingpu fengxian chongming".split())
PERIOD = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12]|-Q1-Q3|-\d{4})?$")
CN = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "百": 100, "千": 1000}
EN = {"one-third": 100 / 3, "thirty-four": 34, "sixteen": 16, "ten": 10, "five": 5, "four": 4, "three": 3, "second": 2, "half": 50, "six": 6, "seven": 7, "one": 1}
MULT = [("trillion", 1e12), ("万亿", 1e12), ("亿", 1e8), ("萬億", 1e12), ("億", 1e8), ("万", 1e4), ("萬", 1e4),
        ("billion", 1e9), ("million", 1e6)]

def front_matter(path):
    text = open(path, encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if not m:
        return None, text
    fm = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        fm[k.strip()] = v.strip().strip('"')
    return fm, text

QUAL = re.compile(r"^(nearly|almost|more than|over|about|around|some|at least|up to|超过|超過|超|突破|逾|將近|将近|接近|不少于|近|约|約|已破|破|达|達|上)\s*", re.I)

def parse_number(t):
    """Best-effort reading of the number in a 'text' field; None if unreadable."""
    t = QUAL.sub("", t.strip())
    low = t.lower()
    for k, v in EN.items():
        if low.startswith(k):
            return v * next((m for w, m in MULT if low[len(k):].strip().startswith(w)), 1)
    if "三分之二" in t:
        return 200 / 3
    if "1/3" in t or "三分之一" in t:
        return 100 / 3
    m = re.search(r"([一二两兩三四五六七八九十])分之([一二两兩三四五六七八九])", t)
    if m:
        return 100 * CN[m.group(2)] / CN[m.group(1)]
    if t.startswith("万亿") or t.startswith("萬億"):
        return 1e12
    if "六成" in t:
        return 60
    m = re.search(r"\d[\d,]*(\.\d+)?", t)
    if m:
        n = float(m.group(0).replace(",", ""))
        rest = t[m.end():]
    else:
        m = re.search(r"[一二两兩三四五六七八九]?[十百千]|[一二两兩三四五六七八九]", t)
        if not m:
            return None
        s = m.group(0)
        if len(s) == 2:
            n = CN[s[0]] * CN[s[1]]
        else:
            n = CN[s]
        rest = t[m.end():]
    rest = re.sub(r"^[\s\-余多以上]+", "", rest)
    for k, v in MULT:
        if rest.lower().startswith(k):
            n *= v
            rest = rest[len(k):]
            break
    rest = re.sub(r"^[\s\-余多以上]+", "", rest)
    if re.match(r"bn?(?![a-z])", rest.lower()):
        n *= 1e9
    if rest.startswith("平方公里") or rest.lower().startswith("square-km"):
        n *= 1e6
    for k, v in ((r"e ?flops", 1e18), (r"peta ?flops", 1e15), (r"p ?flops", 1e15), (r"t ?flops", 1e12), (r"p(?![a-z])", 1e15)):
        if re.match(k, rest.lower()):
            n *= v
            break
    return n

def main():
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    errors, warnings = [], []
    files = set(os.listdir(ART))
    seen = set()
    for a in gold["articles"]:
        f = a["file"]
        seen.add(f)
        if f not in files:
            errors.append(f"{f}: no such article file"); continue
        fm, text = front_matter(os.path.join(ART, f))
        if fm is None:
            errors.append(f"{f}: no front matter"); continue
        for k in ("title", "date", "outlet", "url", "lang"):
            if not fm.get(k):
                errors.append(f"{f}: front matter lacks {k}")
        if fm.get("lang") != a["lang"]:
            errors.append(f"{f}: lang {fm.get('lang')} != gold {a['lang']}")
        if not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", fm.get("date", "")):
            errors.append(f"{f}: bad date {fm.get('date')}")
        body = text
        for kind in ("figures", "mustNotChart"):
            for g in a[kind]:
                q = g["quote"]
                if q not in body:
                    errors.append(f"{f}: quote not found: {q}")
                if not 10 <= len(q) <= 40:
                    errors.append(f"{f}: quote length {len(q)} outside 10-40: {q}")
                if kind == "figures":
                    if g["metric"] not in METRICS:
                        errors.append(f"{f}: unknown metric {g['metric']}")
                    if g["geo"] not in GEOS:
                        errors.append(f"{f}: unknown geo {g['geo']}")
                    if g["qualifier"] not in "><~=" or len(g["qualifier"]) != 1:
                        errors.append(f"{f}: bad qualifier {g['qualifier']}")
                    if g["status"] not in ("actual", "forecast", "target"):
                        errors.append(f"{f}: bad status {g['status']}")
                    if g.get("place") is not None and not re.search(r"[\u4e00-\u9fff]", g["place"]):
                        errors.append(f"{f}: place is not a Chinese name: {g['place']}")
                    if g["period"] is not None and not PERIOD.match(g["period"]):
                        errors.append(f"{f}: bad period {g['period']}")
                else:
                    if g["wrongMetric"] not in METRICS:
                        errors.append(f"{f}: unknown wrongMetric {g['wrongMetric']}")
                n = parse_number(g["text"])
                if n is None:
                    warnings.append(f"{f}: could not read number in text {g['text']!r}")
                elif abs(n - g["value"]) > 1e-6 * max(1, abs(g["value"])):
                    warnings.append(f"{f}: text {g['text']!r} reads {n:g} but value is {g['value']:g}")
    for f in sorted(files - seen):
        errors.append(f"{f}: article file has no gold entry")
    urls = [u.strip() for u in open(os.path.join(HERE, "urls.txt"), encoding="utf-8") if u.strip()]
    fm_urls = {front_matter(os.path.join(ART, f))[0]["url"] for f in files}
    for u in urls:
        if u not in fm_urls:
            errors.append(f"urls.txt: {u} is not the url of any article")
    others = [d for d in sorted(os.listdir(TESTS)) if (d.startswith("devset") or d == "negset") and d != os.path.basename(HERE)]
    for other in others:
        path = os.path.join(TESTS, other, "urls.txt")
        if os.path.exists(path):
            du = {u.strip() for u in open(path, encoding="utf-8") if u.strip()}
            for u in urls:
                if u in du:
                    errors.append(f"urls.txt: {u} is also in {other}/urls.txt")
    if len(set(urls)) != len(urls):
        errors.append("urls.txt: duplicate URLs")
    if len(urls) != len(files):
        errors.append(f"urls.txt has {len(urls)} URLs for {len(files)} articles")
    for hd in [d for d in sorted(os.listdir(TESTS)) if d.startswith("heldout") and d != os.path.basename(HERE)]:
        held = os.path.join(TESTS, hd, "urls.txt")
        if not os.path.exists(held):
            continue
        hu = {u.strip() for u in open(held, encoding="utf-8") if u.strip()}
        for u in urls:
            if u in hu:
                errors.append(f"urls.txt: {u} is also in {hd}/urls.txt")
    for w in warnings:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    n_fig = sum(len(a["figures"]) for a in gold["articles"])
    n_no = sum(len(a["mustNotChart"]) for a in gold["articles"])
    print(f"{len(gold['articles'])} articles, {n_fig} figures, {n_no} mustNotChart, {len(errors)} errors, {len(warnings)} notes")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
