"""Real-shaped list pages for the parsing benchmarks: ``GET /customer`` records as the service sends them."""

from __future__ import annotations

import json
from typing import Any


def real_customer(i: int) -> dict[str, Any]:
    """The shape of a customer as the real service sends it (test environment, all fields)."""

    def ref(kind: str, n: int) -> dict[str, Any]:
        return {"id": n, "url": f"api.tripletex.io/v2/{kind}/{n}"}

    return {
        "id": i,
        "version": 1,
        "url": f"api.tripletex.io/v2/customer/{i}",
        "name": f"Banana Airlines {i} AB",
        "organizationNumber": "",
        "supplierNumber": 0,
        "customerNumber": 10000 + i,
        "isSupplier": False,
        "isCustomer": True,
        "isInactive": False,
        "accountManager": ref("employee", 1734852),
        "email": "",
        "invoiceEmail": "",
        "overdueNoticeEmail": "",
        "bankAccounts": [],
        "phoneNumber": "",
        "phoneNumberMobile": "",
        "description": "",
        "language": "NO",
        "displayName": f"Banana Airlines {i} AB ({10000 + i})",
        "isPrivateIndividual": False,
        "singleCustomerInvoice": False,
        "invoiceSendMethod": "EMAIL",
        "emailAttachmentType": "LINK",
        "postalAddress": ref("address", 26087367 + 2 * i),
        "physicalAddress": ref("address", 26087368 + 2 * i),
        "deliveryAddress": None,
        "category1": None,
        "category2": None,
        "category3": None,
        "invoicesDueIn": 14,
        "invoicesDueInType": "DAYS",
        "currency": ref("currency", 1),
        "bankAccountPresentation": [],
        "ledgerAccount": ref("ledger/account", 31925215),
        "isFactoring": False,
    }


def make_pages(pages: int, size: int) -> list[bytes]:
    out = []
    for p in range(pages):
        values = [real_customer(p * size + k + 1) for k in range(size)]
        body = {
            "fullResultSize": pages * size,
            "from": p * size,
            "count": size,
            "versionDigest": None,
            "values": values,
        }
        out.append(json.dumps(body).encode())
    return out
