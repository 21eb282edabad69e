from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.project import Project
    from ..models.project_sub_contract import ProjectSubContract
    from ..models.project_sub_contract_period import ProjectSubContractPeriod


T = TypeVar("T", bound="ProjectSubContractStatus")


@_attrs_define
class ProjectSubContractStatus:
    """
    Attributes:
        project (Project | Unset):
        project_sub_contract (ProjectSubContract | Unset):
        project_sub_contract_period (ProjectSubContractPeriod | Unset): ProjectSubContractPeriod
    """

    project: Project | Unset = UNSET
    project_sub_contract: ProjectSubContract | Unset = UNSET
    project_sub_contract_period: ProjectSubContractPeriod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_sub_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_sub_contract, Unset):
            project_sub_contract = self.project_sub_contract.to_dict()

        project_sub_contract_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_sub_contract_period, Unset):
            project_sub_contract_period = self.project_sub_contract_period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if project_sub_contract is not UNSET:
            field_dict["projectSubContract"] = project_sub_contract
        if project_sub_contract_period is not UNSET:
            field_dict["projectSubContractPeriod"] = project_sub_contract_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.project import Project  # noqa: PLC0415
        from ..models.project_sub_contract import ProjectSubContract  # noqa: PLC0415
        from ..models.project_sub_contract_period import ProjectSubContractPeriod  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _project_sub_contract = d.pop("projectSubContract", UNSET)
        project_sub_contract: ProjectSubContract | Unset
        if isinstance(_project_sub_contract, Unset):
            project_sub_contract = UNSET
        else:
            project_sub_contract = ProjectSubContract.from_dict(_project_sub_contract)

        _project_sub_contract_period = d.pop("projectSubContractPeriod", UNSET)
        project_sub_contract_period: ProjectSubContractPeriod | Unset
        if isinstance(_project_sub_contract_period, Unset):
            project_sub_contract_period = UNSET
        else:
            project_sub_contract_period = ProjectSubContractPeriod.from_dict(_project_sub_contract_period)

        _obj = cls(
            project=project,
            project_sub_contract=project_sub_contract,
            project_sub_contract_period=project_sub_contract_period,
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
