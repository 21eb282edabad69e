from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.company import Company
    from ..models.project import Project


T = TypeVar("T", bound="ProjectSubContract")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("project", dict, False),
    ("company", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectSubContract(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        project (Project | Unset):
        company (Company | Unset): Vendor of the product
        budget_fee_currency (float | Unset):
        budget_expenses_currency (float | Unset):
        budget_income_currency (float | Unset):
        budget_net_amount_currency (float | Unset):
        display_name (str | Unset):
        name (str | Unset):
        description (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    project: Project | Unset = UNSET
    company: Company | Unset = UNSET
    budget_fee_currency: float | Unset = UNSET
    budget_expenses_currency: float | Unset = UNSET
    budget_income_currency: float | Unset = UNSET
    budget_net_amount_currency: float | Unset = UNSET
    display_name: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        budget_fee_currency = self.budget_fee_currency

        budget_expenses_currency = self.budget_expenses_currency

        budget_income_currency = self.budget_income_currency

        budget_net_amount_currency = self.budget_net_amount_currency

        display_name = self.display_name

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if project is not UNSET:
            field_dict["project"] = project
        if company is not UNSET:
            field_dict["company"] = company
        if budget_fee_currency is not UNSET:
            field_dict["budgetFeeCurrency"] = budget_fee_currency
        if budget_expenses_currency is not UNSET:
            field_dict["budgetExpensesCurrency"] = budget_expenses_currency
        if budget_income_currency is not UNSET:
            field_dict["budgetIncomeCurrency"] = budget_income_currency
        if budget_net_amount_currency is not UNSET:
            field_dict["budgetNetAmountCurrency"] = budget_net_amount_currency
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectSubContract from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_company(_tx_v: Any) -> Company | Unset:
            _company = _tx_v
            company: Company | Unset
            if isinstance(_company, Unset):
                company = UNSET
            else:
                company = Company._tx_from_json(_company)

            return company

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "project",
                "company",
                "budgetFeeCurrency",
                "budgetExpensesCurrency",
                "budgetIncomeCurrency",
                "budgetNetAmountCurrency",
                "displayName",
                "name",
                "description",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "project": ("project", _p_project),
            "company": ("company", _p_company),
            "budget_fee_currency": ("budgetFeeCurrency", None),
            "budget_expenses_currency": ("budgetExpensesCurrency", None),
            "budget_income_currency": ("budgetIncomeCurrency", None),
            "budget_net_amount_currency": ("budgetNetAmountCurrency", None),
            "display_name": ("displayName", None),
            "name": ("name", None),
            "description": ("description", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
