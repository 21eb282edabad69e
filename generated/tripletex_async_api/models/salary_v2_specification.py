from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_v2_specification_specification_type import SalaryV2SpecificationSpecificationType
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
    from ..models.api_validation_message import ApiValidationMessage
    from ..models.change import Change
    from ..models.department import Department
    from ..models.project import Project
    from ..models.salary_v2_payment import SalaryV2Payment
    from ..models.salary_v2_supplement import SalaryV2Supplement
    from ..models.salary_v2_type import SalaryV2Type


T = TypeVar("T", bound="SalaryV2Specification")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("specificationType", str, False),
    ("project", dict, False),
    ("department", dict, False),
    ("salaryType", dict, False),
    ("salaryPayment", dict, False),
    ("supplement", dict, False),
    ("validations", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2Specification(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        specification_type (SalaryV2SpecificationSpecificationType | Unset): Type of specification; only TYPE_MANUAL are
            user create- and editable
        rate (float | Unset):
        count (float | Unset):
        project (Project | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        salary_type (SalaryV2Type | Unset):
        salary_payment (SalaryV2Payment | Unset):
        description (str | Unset):
        date (str | Unset): date
        year (int | Unset):
        month (int | Unset):
        amount (float | Unset):
        payment_amount (float | Unset):
        supplement (SalaryV2Supplement | Unset):
        external_changes_since_last_time (bool | Unset):
        cost_carrier_editable (bool | Unset):
        count_and_rate_editable (bool | Unset):
        salary_type_editable (bool | Unset):
        template_increment (bool | Unset):
        ref_year (int | Unset):
        free_car_spec (bool | Unset):
        union_spec (bool | Unset):
        validations (list[ApiValidationMessage] | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    specification_type: SalaryV2SpecificationSpecificationType | Unset = UNSET
    rate: float | Unset = UNSET
    count: float | Unset = UNSET
    project: Project | Unset = UNSET
    department: Department | Unset = UNSET
    salary_type: SalaryV2Type | Unset = UNSET
    salary_payment: SalaryV2Payment | Unset = UNSET
    description: str | Unset = UNSET
    date: str | Unset = UNSET
    year: int | Unset = UNSET
    month: int | Unset = UNSET
    amount: float | Unset = UNSET
    payment_amount: float | Unset = UNSET
    supplement: SalaryV2Supplement | Unset = UNSET
    external_changes_since_last_time: bool | Unset = UNSET
    cost_carrier_editable: bool | Unset = UNSET
    count_and_rate_editable: bool | Unset = UNSET
    salary_type_editable: bool | Unset = UNSET
    template_increment: bool | Unset = UNSET
    ref_year: int | Unset = UNSET
    free_car_spec: bool | Unset = UNSET
    union_spec: bool | Unset = UNSET
    validations: list[ApiValidationMessage] | Unset = UNSET
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

        specification_type: str | Unset = UNSET
        if not isinstance(self.specification_type, Unset):
            specification_type = self.specification_type.value

        rate = self.rate

        count = self.count

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        salary_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_type, Unset):
            salary_type = self.salary_type.to_dict()

        salary_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_payment, Unset):
            salary_payment = self.salary_payment.to_dict()

        description = self.description

        date = self.date

        year = self.year

        month = self.month

        amount = self.amount

        payment_amount = self.payment_amount

        supplement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplement, Unset):
            supplement = self.supplement.to_dict()

        external_changes_since_last_time = self.external_changes_since_last_time

        cost_carrier_editable = self.cost_carrier_editable

        count_and_rate_editable = self.count_and_rate_editable

        salary_type_editable = self.salary_type_editable

        template_increment = self.template_increment

        ref_year = self.ref_year

        free_car_spec = self.free_car_spec

        union_spec = self.union_spec

        validations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validations, Unset):
            validations = []
            for validations_item_data in self.validations:
                validations_item = validations_item_data.to_dict()
                validations.append(validations_item)

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
        if specification_type is not UNSET:
            field_dict["specificationType"] = specification_type
        if rate is not UNSET:
            field_dict["rate"] = rate
        if count is not UNSET:
            field_dict["count"] = count
        if project is not UNSET:
            field_dict["project"] = project
        if department is not UNSET:
            field_dict["department"] = department
        if salary_type is not UNSET:
            field_dict["salaryType"] = salary_type
        if salary_payment is not UNSET:
            field_dict["salaryPayment"] = salary_payment
        if description is not UNSET:
            field_dict["description"] = description
        if date is not UNSET:
            field_dict["date"] = date
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if amount is not UNSET:
            field_dict["amount"] = amount
        if payment_amount is not UNSET:
            field_dict["paymentAmount"] = payment_amount
        if supplement is not UNSET:
            field_dict["supplement"] = supplement
        if external_changes_since_last_time is not UNSET:
            field_dict["externalChangesSinceLastTime"] = external_changes_since_last_time
        if cost_carrier_editable is not UNSET:
            field_dict["costCarrierEditable"] = cost_carrier_editable
        if count_and_rate_editable is not UNSET:
            field_dict["countAndRateEditable"] = count_and_rate_editable
        if salary_type_editable is not UNSET:
            field_dict["salaryTypeEditable"] = salary_type_editable
        if template_increment is not UNSET:
            field_dict["templateIncrement"] = template_increment
        if ref_year is not UNSET:
            field_dict["refYear"] = ref_year
        if free_car_spec is not UNSET:
            field_dict["freeCarSpec"] = free_car_spec
        if union_spec is not UNSET:
            field_dict["unionSpec"] = union_spec
        if validations is not UNSET and not _in_request:
            field_dict["validations"] = validations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Specification from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.api_validation_message import ApiValidationMessage  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.salary_v2_payment import SalaryV2Payment  # noqa: PLC0415
        from ..models.salary_v2_supplement import SalaryV2Supplement  # noqa: PLC0415
        from ..models.salary_v2_type import SalaryV2Type  # noqa: PLC0415

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

        def _p_specification_type(_tx_v: Any) -> SalaryV2SpecificationSpecificationType | Unset:
            _specification_type = _tx_v
            specification_type: SalaryV2SpecificationSpecificationType | Unset
            if isinstance(_specification_type, Unset):
                specification_type = UNSET
            else:
                specification_type = SalaryV2SpecificationSpecificationType(_specification_type)

            return specification_type

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_salary_type(_tx_v: Any) -> SalaryV2Type | Unset:
            _salary_type = _tx_v
            salary_type: SalaryV2Type | Unset
            if isinstance(_salary_type, Unset):
                salary_type = UNSET
            else:
                salary_type = SalaryV2Type._tx_from_json(_salary_type)

            return salary_type

        def _p_salary_payment(_tx_v: Any) -> SalaryV2Payment | Unset:
            _salary_payment = _tx_v
            salary_payment: SalaryV2Payment | Unset
            if isinstance(_salary_payment, Unset):
                salary_payment = UNSET
            else:
                salary_payment = SalaryV2Payment._tx_from_json(_salary_payment)

            return salary_payment

        def _p_supplement(_tx_v: Any) -> SalaryV2Supplement | Unset:
            _supplement = _tx_v
            supplement: SalaryV2Supplement | Unset
            if isinstance(_supplement, Unset):
                supplement = UNSET
            else:
                supplement = SalaryV2Supplement._tx_from_json(_supplement)

            return supplement

        def _p_validations(_tx_v: Any) -> list[ApiValidationMessage] | Unset:
            _validations = _tx_v
            validations: list[ApiValidationMessage] | Unset = UNSET
            if _validations is not UNSET:
                validations = []
                for validations_item_data in _validations:
                    if validations_item_data is None:
                        continue
                    validations_item = ApiValidationMessage._tx_from_json(validations_item_data)

                    validations.append(validations_item)

            return validations

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "specificationType",
                "rate",
                "count",
                "project",
                "department",
                "salaryType",
                "salaryPayment",
                "description",
                "date",
                "year",
                "month",
                "amount",
                "paymentAmount",
                "supplement",
                "externalChangesSinceLastTime",
                "costCarrierEditable",
                "countAndRateEditable",
                "salaryTypeEditable",
                "templateIncrement",
                "refYear",
                "freeCarSpec",
                "unionSpec",
                "validations",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "specification_type": ("specificationType", _p_specification_type),
            "rate": ("rate", None),
            "count": ("count", None),
            "project": ("project", _p_project),
            "department": ("department", _p_department),
            "salary_type": ("salaryType", _p_salary_type),
            "salary_payment": ("salaryPayment", _p_salary_payment),
            "description": ("description", None),
            "date": ("date", None),
            "year": ("year", None),
            "month": ("month", None),
            "amount": ("amount", None),
            "payment_amount": ("paymentAmount", None),
            "supplement": ("supplement", _p_supplement),
            "external_changes_since_last_time": ("externalChangesSinceLastTime", None),
            "cost_carrier_editable": ("costCarrierEditable", None),
            "count_and_rate_editable": ("countAndRateEditable", None),
            "salary_type_editable": ("salaryTypeEditable", None),
            "template_increment": ("templateIncrement", None),
            "ref_year": ("refYear", None),
            "free_car_spec": ("freeCarSpec", None),
            "union_spec": ("unionSpec", None),
            "validations": ("validations", _p_validations),
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
