import { describe, expect, it } from 'vitest';
import { formatApplicationNumber } from './patent-number';
import { matchOrganisation, splitNames, validateContractRow, validatePatentRow } from './techtransfer.spreadsheet';

const ORGS = [
  { id: '11111111-1111-4111-8111-111111111111', name: '楚雄医药高等专科学校', shortName: '楚雄医专' },
  { id: '22222222-2222-4222-8222-222222222222', name: '云南华派药业有限公司', shortName: '华派药业' },
];
const TODAY = '2024-06-30';

describe('registry export rows', () => {
  it('splits names and matches organisations by full or short name', () => {
    expect(splitNames('楚雄医专；昆明理工大学、 华派药业,楚雄医专')).toEqual(['楚雄医专', '昆明理工大学', '华派药业']);
    expect(matchOrganisation('华派药业', ORGS)?.id).toBe(ORGS[1]?.id);
    expect(matchOrganisation('华派', ORGS)).toBeUndefined();
  });

  it('reads a patent row with the registry’s words, a number cell that lost its “.0”, and a type from the number', () => {
    const { input, issues } = validatePatentRow(
      'zh-CN',
      2,
      { applicationNumber: 201310011109, title: '一种双螺杆真空泵转子型线', owners: '楚雄医专；昆明理工大学', inventors: '郭蓓、卢阳', filedOn: '2013-01-11', grantedOn: new Date('2015-09-02T00:00:00Z'), legalStatus: '授权' },
      ORGS,
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(input).toMatchObject({
      applicationNumber: '201310011109.0',
      type: 'invention',
      owners: [{ organisationId: ORGS[0]?.id }, { name: '昆明理工大学' }],
      inventors: ['郭蓓', '卢阳'],
      grantedOn: '2015-09-02',
      legalStatus: 'valid',
    });
  });

  it('reports every problem of a patent row under its column', () => {
    const { input, issues } = validatePatentRow(
      'en',
      7,
      { applicationNumber: formatApplicationNumber('202320700002'), type: '发明', title: '', owners: '外地公司', filedOn: '2023-13-01', legalStatus: '不知道' },
      ORGS,
      TODAY,
    );
    expect(input).toBeUndefined();
    expect(issues).toEqual([
      { row: 7, column: 'Title', message: 'Required' },
      { row: 7, column: 'Filing date', message: 'Date must be YYYY-MM-DD' },
      { row: 7, column: 'Owners', message: 'No organisation of the zone in Owners (matched by full or short name)' },
      { row: 7, column: 'Legal status', message: 'Unrecognised value “不知道”' },
    ]);
  });

  it('reads contract amounts exactly, in 元 or from a 万元 column', () => {
    const row = (values: Record<string, string | number>) =>
      validateContractRow('zh-CN', 3, { contractNumber: '2023532301000001', title: '技术服务', type: '技术服务', seller: '楚雄医专', buyer: '外地公司', registeredOn: '2023-05-01', registry: '登记处', ...values }, ORGS, TODAY);
    expect(row({ amountWan: 12.3 }).input?.amount).toBe(12300000);
    expect(row({ amountWan: '1,234.5678' }).input?.amount).toBe(1234567800);
    expect(row({ amount: '86,500.50' }).input?.amount).toBe(8650050);
    expect(row({ amount: 1234.56 }).input?.amount).toBe(123456);
    expect(row({ amount: '3万元' }).input?.amount).toBe(3000000);
    expect(row({ amountWan: '1.2345678' }).issues).toEqual([{ row: 3, column: '成交金额(元)', message: '金额最小单位为分' }]);
    expect(row({}).issues).toEqual([{ row: 3, column: '成交金额(元)', message: '必填' }]);
    expect(row({ amount: '100', type: '技术赠与', buyer: '楚雄医药高等专科学校' }).issues.map((i) => i.column)).toEqual(['买方', '合同类型']);
  });
});
