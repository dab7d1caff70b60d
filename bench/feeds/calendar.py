#!/usr/bin/env python3
"""An organizer's iCalendar export of COUNT events, as files of at most PER_FILE events (the import API takes
6 MB a request): bench/feeds/cold-render.sh imports them as a new operator would. Fixed seed; starts spread over
the next 300 days from FROM (YYYY-MM-DD), eight time zones, texts in French, Arabic, Japanese, Spanish and
English, some online or hybrid (a join link), some all-day. SUFFIX is added to every SUMMARY (a re-import with
another suffix changes every event).
Usage: calendar.py COUNT PER_FILE FROM OUT_PREFIX [SUFFIX]   (writes OUT_PREFIX-1.ics, OUT_PREFIX-2.ics, ...)"""
import datetime
import random
import sys

ZONES = ["Europe/Paris", "Africa/Casablanca", "Asia/Tokyo", "America/Toronto", "Africa/Cairo",
         "America/Mexico_City", "Europe/Berlin", "UTC"]
TEXTS = {
    "fr": ("Atelier d'alphabétisation numérique", "Séance ouverte à tous : lecture, écriture et outils "
           "numériques pour adultes. Inscription conseillée ; café offert, apportez vos questions."),
    "ar": ("ورشة محو الأمية الرقمية", "جلسة مفتوحة للجميع: القراءة والكتابة والأدوات الرقمية للكبار. "
           "يستحسن التسجيل المسبق، وأحضروا أسئلتكم."),
    "ja": ("デジタル識字ワークショップ", "どなたでも参加できます。大人のための読み書きとデジタルツールの講座です。"
           "事前登録をおすすめします。"),
    "es": ("Taller de alfabetización digital", "Sesión abierta a todos: lectura, escritura y herramientas "
           "digitales para adultos. Se recomienda inscribirse; traiga sus preguntas."),
    "en": ("Digital literacy workshop", "Open session for everyone: reading, writing and digital tools for "
           "adults. Registration advised, bring your questions, coffee provided."),
}
TOPICS = ["literacy", "digital-learning", "adult-education", "lifelong-learning", "languages", "stem", "reading"]
PLACES = ["Médiathèque centrale, 12 rue des Écoles", "Maison des savoirs, avenue Hassan II",
          "Community hall, 4 Harbour Road", "Biblioteca municipal, calle Mayor 3", "公民館 2階 研修室"]


def escape(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    data = line.encode("utf-8")
    out, start, room = [], 0, 75
    while len(data) - start > room:
        end = start + room
        while data[end] & 0xC0 == 0x80:
            end -= 1
        out.append(data[start:end])
        start, room = end, 74
    out.append(data[start:])
    return b"\r\n ".join(out) + b"\r\n"


def event(rng, index, first_day, suffix):
    language = rng.choice(list(TEXTS))
    title, description = TEXTS[language]
    zone = rng.choice(ZONES)
    day = first_day + datetime.timedelta(days=rng.randrange(300))
    lines = [f"BEGIN:VEVENT", f"UID:bench-{index:06d}@cold-render.example.org", "DTSTAMP:20261101T090000Z"]
    if rng.random() < 0.05:
        lines += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + datetime.timedelta(days=1):%Y%m%d}"]
    else:
        start = datetime.datetime.combine(day, datetime.time(rng.randrange(8, 20), rng.choice([0, 15, 30, 45])))
        end = start + datetime.timedelta(minutes=rng.choice([60, 90, 120, 180]))
        lines += [f"DTSTART;TZID={zone}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={zone}:{end:%Y%m%dT%H%M%S}"]
    lines += [f"SUMMARY;LANGUAGE={language}:{escape(title)} n° {index}{escape(suffix)}",
              f"DESCRIPTION;LANGUAGE={language}:{escape(description)}"]
    kind = rng.random()
    if kind < 0.8:
        lines.append(f"LOCATION:{escape(rng.choice(PLACES))}")
    if kind >= 0.7:
        lines.append(f"CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO:https://meet.jit.si/learncal-bench-{index}")
    lines.append(f"URL:https://events.example.org/register/{index}")
    lines.append("CATEGORIES:" + ",".join(rng.sample(TOPICS, rng.randrange(1, 4))))
    lines.append("END:VEVENT")
    return b"".join(fold(line) for line in lines)


def main():
    count, per_file, first, prefix = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    suffix = sys.argv[5] if len(sys.argv) > 5 else ""
    rng = random.Random(20261130)
    first_day = datetime.date.fromisoformat(first)
    for part, begin in enumerate(range(0, count, per_file), start=1):
        with open(f"{prefix}-{part}.ics", "wb") as out:
            out.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//LearnCal bench//cold render//EN\r\n")
            for index in range(begin, min(count, begin + per_file)):
                out.write(event(rng, index, first_day, suffix))
            out.write(b"END:VCALENDAR\r\n")


if __name__ == "__main__":
    main()
