"""Deterministic seed data: an accountant company with client companies, each with its own ledger.

Everything comes from ``random.Random(config.seed)`` so two emulators with the same config hold
byte-identical data. Records are built straight from the materialized templates (no validation
round-trips), which keeps 10k records well below a second.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from .config import EmulatorConfig, SizeConfig
from .default_view import default_keys
from .record_builder import (
    BANK,
    CHART_OF_ACCOUNTS,
    RECEIVABLE,
    REVENUE,
    SEED_EPOCH,
    VAT_RATE,
    Builder,
    make_voucher,
    money,
)
from .resources import Templates
from .seed_names import ACTIVITIES, FIRST_NAMES, LAST_NAMES, NAME_SUFFIXES, PRODUCTS, company_name, org_number
from .store import CompanyData, IdAllocator, Record, Store, Urls


def customer_values(rng: random.Random, number: int, b: Builder, employees: list[Record]) -> dict[str, Any]:
    name = company_name(rng)
    slug = name.split()[0].lower().replace("ø", "o").replace("å", "a").replace("æ", "ae")
    values: dict[str, Any] = {
        "name": name,
        "organizationNumber": org_number(rng),
        "customerNumber": number,
        "email": f"post@{slug}{number}.no",
        "invoiceEmail": f"faktura@{slug}{number}.no",
        "phoneNumber": f"+47 {rng.randint(20_000_000, 99_999_999)}",
        "displayName": f"{name} ({number})",
        "isInactive": rng.random() < 0.05,
        "postalAddress": b.ref("address", b.store.ids.next("address")),
        "physicalAddress": b.ref("address", b.store.ids.next("address")),
    }
    if employees:
        values["accountManager"] = b.ref("employee", rng.choice(employees)["id"])
    return values


def _company_record(store: Store, templates: Templates, ident: int, name: str, rng: random.Random) -> Record:
    empty = templates.empty_string()
    record: Record = {
        "id": ident,
        "version": 1,
        "url": store.urls.url("company", ident),
        "name": name,
        "displayName": name,
        "startDate": "2015-01-01",
        "endDate": None,
        "organizationNumber": org_number(rng),
        "email": f"post@company{ident}.no",
        "phoneNumber": empty,
        "phoneNumberMobile": empty,
        "faxNumber": empty,
        "address": store.urls.ref("address", store.ids.next("address")),
        "type": "AS",
        "currency": store.urls.ref("currency", 1),
    }
    builder = templates.builder  # the rest of the Company default view, unset
    props = builder.shapes.properties("Company")
    for key in default_keys("Company"):
        record.setdefault(key, builder.blank("Company", key, props[key]))
    return record


def seed_company(
    b: Builder, rng: random.Random, sizes: SizeConfig, *, extra_employee: str | None = None
) -> None:
    # Chart of accounts
    accounts: dict[int, Record] = {}
    for number, name, typ in CHART_OF_ACCOUNTS:
        accounts[number] = b.make(
            "account",
            {
                "number": number,
                "numberPretty": str(number),
                "name": name,
                "displayName": f"{number} {name}",
                "type": typ,
                "isBankAccount": number == BANK,
                "isInvoiceAccount": number == RECEIVABLE,
                "ledgerType": "CUSTOMER" if number == RECEIVABLE else "GENERAL",
            },
        )
    account_list = list(accounts.values())

    departments = [
        b.make(
            "department",
            {
                "name": f"Avdeling {i + 1}",
                "departmentNumber": str(i + 1),
                "displayName": f"{i + 1} Avdeling {i + 1}",
            },
        )
        for i in range(sizes.departments)
    ]
    employees: list[Record] = []
    names: list[tuple[str, str]] = []
    if extra_employee:
        first, _, last = extra_employee.partition(" ")
        names.append((first, last))
    names += [(rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)) for _ in range(sizes.employees)]
    for i, (first, last) in enumerate(names):
        values: dict[str, Any] = {
            "firstName": first,
            "lastName": last,
            "displayName": f"{first} {last}",
            "employeeNumber": str(100 + i),
            "email": f"{first.lower()}.{last.lower()}{i}@example.no",
            "dateOfBirth": (date(1960, 1, 1) + timedelta(days=rng.randint(0, 15_000))).isoformat(),
            "companyId": b.company.company_id,
        }
        if departments:
            values["department"] = b.ref("department", rng.choice(departments)["id"])
        employees.append(b.make("employee", values))
    for d in departments:
        if employees:
            d["departmentManager"] = b.ref("employee", rng.choice(employees)["id"])

    customers = [
        b.make("customer", customer_values(rng, 10_001 + i, b, employees)) for i in range(sizes.customers)
    ]
    if RECEIVABLE in accounts:  # the service links every customer to the receivables account
        for customer in customers:
            customer["ledgerAccount"] = b.ref("account", accounts[RECEIVABLE]["id"])
    suppliers = []
    for i in range(sizes.suppliers):
        name = company_name(rng)
        suppliers.append(
            b.make(
                "supplier",
                {
                    "name": name,
                    "organizationNumber": org_number(rng),
                    "supplierNumber": 20_001 + i,
                    "email": f"post@supplier{i}.no",
                    "displayName": f"{name} ({20_001 + i})",
                    "ledgerAccount": b.ref("account", accounts[2400]["id"]),
                },
            )
        )
    products = []
    for i in range(sizes.products):
        name = f"{rng.choice(PRODUCTS)} {i + 1}"
        price = money(rng.randint(100, 20_000) / 1.0)
        values = {
            "name": name,
            "number": str(1000 + i),
            "displayNumber": str(1000 + i),
            "displayName": f"{1000 + i} {name}",
            "costExcludingVatCurrency": money(price * 0.6),
            "priceExcludingVatCurrency": price,
            "priceIncludingVatCurrency": money(price * (1 + VAT_RATE)),
            "account": b.ref("account", accounts[REVENUE]["id"]),
        }
        if suppliers and rng.random() < 0.3:
            values["supplier"] = b.ref("supplier", rng.choice(suppliers)["id"])
        products.append(b.make("product", values))
    projects = []
    for i in range(sizes.projects):
        name = f"Prosjekt {rng.choice(NAME_SUFFIXES)} {i + 1}"
        values = {
            "name": name,
            "number": str(i + 1),
            "displayName": f"{i + 1} {name}",
            "startDate": (SEED_EPOCH + timedelta(days=rng.randint(0, 200))).isoformat(),
        }
        if employees:
            values["projectManager"] = b.ref("employee", rng.choice(employees)["id"])
        if departments:  # round robin: the seeded data's random stream stays as it was
            values["department"] = b.ref("department", departments[i % len(departments)]["id"])
        if customers and rng.random() < 0.7:
            cust = rng.choice(customers)
            values["customer"] = b.ref("customer", cust["id"])
            values["customerName"] = cust["name"]
        projects.append(b.make("project", values))
    activities = [
        b.make(
            "activity",
            {
                "name": ACTIVITIES[i % len(ACTIVITIES)] + ("" if i < len(ACTIVITIES) else f" {i}"),
                "number": str(i + 1),
                "isChargeable": i % 2 == 0,
                "rate": float(800 + 100 * i),
                "displayName": ACTIVITIES[i % len(ACTIVITIES)],
            },
        )
        for i in range(sizes.activities)
    ]

    orders: list[tuple[Record, list[Record]]] = []
    for i in range(sizes.orders if customers else 0):
        cust = rng.choice(customers)
        order_date = SEED_EPOCH + timedelta(days=rng.randint(0, 364))
        order = b.make(
            "order",
            {
                "customer": b.ref("customer", cust["id"]),
                "number": str(i + 1),
                "orderDate": order_date.isoformat(),
                "deliveryDate": (order_date + timedelta(days=7)).isoformat(),
                "displayName": f"{i + 1} {cust['name']}",
                "receiverEmail": cust["invoiceEmail"],
            },
        )
        lines = []
        for _ in range(sizes.order_lines_per_order if products else 0):
            prod = rng.choice(products)
            count = float(rng.randint(1, 10))
            unit = prod["priceExcludingVatCurrency"]
            ex = money(count * unit)
            lines.append(
                b.make(
                    "orderline",
                    {
                        "product": b.ref("product", prod["id"]),
                        "description": prod["name"],
                        "count": count,
                        "unitPriceExcludingVatCurrency": unit,
                        "unitPriceIncludingVatCurrency": money(unit * (1 + VAT_RATE)),
                        "amountExcludingVatCurrency": ex,
                        "amountIncludingVatCurrency": money(ex * (1 + VAT_RATE)),
                        "order": b.ref("order", order["id"]),
                    },
                )
            )
        order["orderLines"] = [b.ref("orderline", ln["id"]) for ln in lines]
        orders.append((order, lines))

    voucher_number = 0
    for i, (order, lines) in enumerate(orders[: sizes.invoices]):
        voucher_number += 1
        ex = money(sum(ln["amountExcludingVatCurrency"] for ln in lines))
        inc = money(sum(ln["amountIncludingVatCurrency"] for ln in lines))
        inv_date = date.fromisoformat(order["orderDate"]) + timedelta(days=1)
        voucher, postings = make_voucher(
            b,
            number=voucher_number,
            when=inv_date,
            description=f"Faktura {i + 1}",
            lines=[(accounts[RECEIVABLE], inc), (accounts[REVENUE], -ex), (accounts[2700], -money(inc - ex))],
            customer=order["customer"],
        )
        paid = i % 3 == 0
        invoice = b.make(
            "invoice",
            {
                "invoiceNumber": i + 1,
                "invoiceDate": inv_date.isoformat(),
                "invoiceDueDate": (inv_date + timedelta(days=14)).isoformat(),
                "customer": order["customer"],
                "kid": f"{10_000 + i}",
                "orders": [b.ref("order", order["id"])],
                "orderLines": list(order["orderLines"]),
                "voucher": b.ref("voucher", voucher["id"]),
                "amount": inc,
                "amountCurrency": inc,
                "amountExcludingVat": ex,
                "amountExcludingVatCurrency": ex,
                "amountOutstanding": 0.0 if paid else inc,
                "amountCurrencyOutstanding": 0.0 if paid else inc,
                "amountOutstandingTotal": 0.0 if paid else inc,
                "amountCurrencyOutstandingTotal": 0.0 if paid else inc,
                "postings": [b.ref("posting", p["id"]) for p in postings],
            },
        )
        order["preliminaryInvoice"] = b.ref("invoice", invoice["id"])

    n_post = max(2, sizes.postings_per_voucher)
    for _ in range(sizes.vouchers):
        voucher_number += 1
        when = SEED_EPOCH + timedelta(days=rng.randint(0, 364))
        amounts = [money(rng.randint(100, 100_000) / 4) for _ in range(n_post - 1)]
        legs = [(rng.choice(account_list), a) for a in amounts]
        legs.append((accounts[BANK], -money(sum(amounts))))
        make_voucher(b, number=voucher_number, when=when, description=f"Bilag {voucher_number}", lines=legs)

    for _ in range(sizes.timesheet_entries if employees and activities else 0):
        hours = rng.choice((0.5, 1.0, 1.5, 2.0, 3.75, 4.0, 7.5))
        values = {
            "employee": b.ref("employee", rng.choice(employees)["id"]),
            "activity": b.ref("activity", rng.choice(activities)["id"]),
            "date": (SEED_EPOCH + timedelta(days=rng.randint(0, 364))).isoformat(),
            "hours": hours,
            "chargeableHours": hours,
            "chargeable": True,
            "comment": rng.choice(("", "Møte med kunde", "Utvikling", "Oppfølging")),
        }
        if projects:
            values["project"] = b.ref("project", rng.choice(projects)["id"])
        b.make("timesheetentry", values)

    for i in range(sizes.event_subscriptions):
        b.make("subscription", {"event": "customer.create", "targetUrl": f"https://example.invalid/hook/{i}"})


def build_store(config: EmulatorConfig, templates: Templates, urls: Urls, now: datetime) -> Store:
    rng = random.Random(config.seed)
    store = Store(ids=IdAllocator(large_ids=config.large_ids), urls=urls)
    owner_id = store.ids.next("company")
    owner = CompanyData(owner_id, _company_record(store, templates, owner_id, "Regnskap og Revisjon AS", rng))
    store.companies[owner_id] = owner
    store.owner_company_id = owner_id
    b = Builder(store, templates, owner, now)
    seed_company(b, rng, config.sizes, extra_employee="Anne Regnskap")
    b.flush()
    store.owner_employee_id = next(iter(owner.coll("employee").records))

    client_customers = []
    for _ in range(config.client_companies):
        cid = store.ids.next("company")
        name = company_name(rng)
        client = CompanyData(cid, _company_record(store, templates, cid, name, rng))
        store.companies[cid] = client
        store.client_company_ids.append(cid)
        cb = Builder(store, templates, client, now)
        seed_company(cb, rng, config.sizes)
        cb.flush()
        # the accountant's own customer register lists each client
        client_customers.append(
            b.make(
                "customer",
                {
                    "name": name,
                    "customerNumber": 90_000 + cid % 10_000,
                    "displayName": name,
                    "organizationNumber": client.record["organizationNumber"],
                },
            )
        )
        client.customer_company_id = client_customers[-1]["id"]
    b.flush()
    return store
