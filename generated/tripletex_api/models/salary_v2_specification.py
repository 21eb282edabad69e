from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_v2_specification_specification_type import SalaryV2SpecificationSpecificationType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.api_validation_message import ApiValidationMessage
    from ..models.change import Change
    from ..models.department import Department
    from ..models.project import Project
    from ..models.salary_v2_payment import SalaryV2Payment
    from ..models.salary_v2_supplement import SalaryV2Supplement
    from ..models.salary_v2_type import SalaryV2Type


T = TypeVar("T", bound="SalaryV2Specification")


@_attrs_define
class SalaryV2Specification:
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
        from ..models.api_validation_message import ApiValidationMessage  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.salary_v2_payment import SalaryV2Payment  # noqa: PLC0415
        from ..models.salary_v2_supplement import SalaryV2Supplement  # noqa: PLC0415
        from ..models.salary_v2_type import SalaryV2Type  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _specification_type = d.pop("specificationType", UNSET)
        specification_type: SalaryV2SpecificationSpecificationType | Unset
        if isinstance(_specification_type, Unset):
            specification_type = UNSET
        else:
            specification_type = SalaryV2SpecificationSpecificationType(_specification_type)

        rate = d.pop("rate", UNSET)

        count = d.pop("count", UNSET)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        _salary_type = d.pop("salaryType", UNSET)
        salary_type: SalaryV2Type | Unset
        if isinstance(_salary_type, Unset):
            salary_type = UNSET
        else:
            salary_type = SalaryV2Type.from_dict(_salary_type)

        _salary_payment = d.pop("salaryPayment", UNSET)
        salary_payment: SalaryV2Payment | Unset
        if isinstance(_salary_payment, Unset):
            salary_payment = UNSET
        else:
            salary_payment = SalaryV2Payment.from_dict(_salary_payment)

        description = d.pop("description", UNSET)

        date = d.pop("date", UNSET)

        year = d.pop("year", UNSET)

        month = d.pop("month", UNSET)

        amount = d.pop("amount", UNSET)

        payment_amount = d.pop("paymentAmount", UNSET)

        _supplement = d.pop("supplement", UNSET)
        supplement: SalaryV2Supplement | Unset
        if isinstance(_supplement, Unset):
            supplement = UNSET
        else:
            supplement = SalaryV2Supplement.from_dict(_supplement)

        external_changes_since_last_time = d.pop("externalChangesSinceLastTime", UNSET)

        cost_carrier_editable = d.pop("costCarrierEditable", UNSET)

        count_and_rate_editable = d.pop("countAndRateEditable", UNSET)

        salary_type_editable = d.pop("salaryTypeEditable", UNSET)

        template_increment = d.pop("templateIncrement", UNSET)

        ref_year = d.pop("refYear", UNSET)

        free_car_spec = d.pop("freeCarSpec", UNSET)

        union_spec = d.pop("unionSpec", UNSET)

        _validations = d.pop("validations", UNSET)
        validations: list[ApiValidationMessage] | Unset = UNSET
        if _validations is not UNSET:
            validations = []
            for validations_item_data in _validations:
                if validations_item_data is None:
                    continue
                validations_item = ApiValidationMessage.from_dict(validations_item_data)

                validations.append(validations_item)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            specification_type=specification_type,
            rate=rate,
            count=count,
            project=project,
            department=department,
            salary_type=salary_type,
            salary_payment=salary_payment,
            description=description,
            date=date,
            year=year,
            month=month,
            amount=amount,
            payment_amount=payment_amount,
            supplement=supplement,
            external_changes_since_last_time=external_changes_since_last_time,
            cost_carrier_editable=cost_carrier_editable,
            count_and_rate_editable=count_and_rate_editable,
            salary_type_editable=salary_type_editable,
            template_increment=template_increment,
            ref_year=ref_year,
            free_car_spec=free_car_spec,
            union_spec=union_spec,
            validations=validations,
        )

        _obj.additional_properties = d
        return _obj

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
