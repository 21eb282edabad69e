"""The Norwegian-looking names the seeder draws from: company names, people, products, activities."""

from __future__ import annotations

import random

NAME_PREFIXES = [
    "Nordlys",
    "Fjord",
    "Bjørk",
    "Granitt",
    "Havbris",
    "Solvang",
    "Lysaker",
    "Kvikk",
    "Tindrende",
    "Elvebakken",
    "Vestland",
    "Berg",
    "Furu",
    "Måke",
    "Stjerne",
    "Torden",
    "Snøhvit",
    "Polar",
    "Skog",
    "Stein",
    "Bølge",
    "Lyngen",
    "Rondane",
    "Jotun",
    "Dovre",
    "Saga",
]
NAME_SUFFIXES = [
    "Bygg",
    "Transport",
    "Regnskap",
    "Eiendom",
    "Marine",
    "Data",
    "Konsult",
    "Handel",
    "Energi",
    "Design",
    "Mat",
    "Helse",
    "Logistikk",
    "Media",
]
COMPANY_FORMS = ("AS", "AS", "AS", "ASA", "ENK", "DA")
FIRST_NAMES = [
    "Anne",
    "Ola",
    "Kari",
    "Per",
    "Ingrid",
    "Lars",
    "Sofie",
    "Jonas",
    "Emma",
    "Henrik",
    "Nora",
    "Magnus",
    "Ida",
    "Sander",
    "Maja",
    "Tobias",
    "Ellen",
    "Even",
]
LAST_NAMES = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Berg",
    "Haugen",
]
PRODUCTS = [
    "Konsulenttime",
    "Lisens",
    "Support",
    "Rammeavtale",
    "Servicebesøk",
    "Reiseutlegg",
    "Programvare",
    "Opplæring",
    "Kontorstol",
    "Skrivebord",
    "Skjerm",
    "Kabel",
    "Ruter",
    "Vedlikehold",
    "Prosjektledelse",
    "Revisjon",
    "Årsoppgjør",
    "Lønnskjøring",
]
ACTIVITIES = ("Administrasjon", "Utvikling", "Møte", "Reise", "Rådgivning", "Testing", "Dokumentasjon")


def company_name(rng: random.Random) -> str:
    return f"{rng.choice(NAME_PREFIXES)} {rng.choice(NAME_SUFFIXES)} {rng.choice(COMPANY_FORMS)}"


def org_number(rng: random.Random) -> str:
    return str(rng.randint(810_000_000, 999_999_999))
