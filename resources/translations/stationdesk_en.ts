<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="58" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="59" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="60" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="62" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="65" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="66" />
            <source>对象</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="67" />
            <source>记录</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="68" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="69" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="70" />
            <source>字段</source>
            <translation>Fields</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="104" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="107" />
            <location filename="../../desktop/ui/admin/audit_page.py" line="196" />
            <source>（全部用户）</source>
            <translation>(All users)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="109" />
            <source>（全部操作）</source>
            <translation>(All actions)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="115" />
            <source>记录编号（可只输前几位）</source>
            <translation>Record ID (first few characters are enough)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="116" />
            <source>查询(&amp;S)</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="120" />
            <source>校验完整性(&amp;V)</source>
            <translation>&amp;Verify integrity</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="130" />
            <source>用户 / 操作</source>
            <translation>User / action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="133" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="137" />
            <source>日期(&amp;D)</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="143" />
            <source>对象编号(&amp;O)</source>
            <translation>&amp;Object ID</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="158" />
            <source>加载更早的记录(&amp;M)</source>
            <translation>Load &amp;more (older entries)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="205" />
            <source>显示 {n} 条记录</source>
            <translation>Showing {n} entries</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="216" />
            <source>审计日志完整：共 {n} 条记录，哈希链无断点。</source>
            <translation>The audit log is intact: {n} entries, no breaks in the hash chain.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_page.py" line="220" />
            <source>审计日志在第 {seq} 条处断开（记录被改动、删除或插入）。请报告站长并保留本机现状。</source>
            <translation>The audit log is broken at entry {seq} (an entry was altered, deleted or inserted). Report this to the station lead and leave this computer as it is.</translation>
        </message>
    </context>
    <context>
        <name>AvailabilityEditor</name>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="21" />
            <source>周一</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="22" />
            <source>周二</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="23" />
            <source>周三</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="24" />
            <source>周四</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="25" />
            <source>周五</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="26" />
            <source>周六</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="27" />
            <source>周日</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="30" />
            <source>不可用</source>
            <translation>Unavailable</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="30" />
            <source>额外可用</source>
            <translation>Extra availability</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="36" />
            <source>每周可服务时间（如 09:00-11:30, 14:00-17:00；留空表示当天不可排班）</source>
            <translation>Weekly availability (e.g. 09:00-11:30, 14:00-17:00; leave blank if not available that day)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="44" />
            <source>开始</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="44" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="44" />
            <source>类型（不可用/额外可用）</source>
            <translation>Type (unavailable / extra availability)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="45" />
            <source>结束</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="47" />
            <source>全部留空表示未登记可服务时间：排班时不检查。</source>
            <translation>If all blank, no availability is registered and it is not checked when drawing up the rota.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="51" />
            <source>例外日期</source>
            <translation>Exception dates</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="33" />
            <source>每日</source>
            <translation>Daily</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="34" />
            <source>每周</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="35" />
            <source>手动</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="36" />
            <source>导入前</source>
            <translation>Before import</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="37" />
            <source>恢复前</source>
            <translation>Before restore</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="43" />
            <source>升级前</source>
            <translation>Before upgrade</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="54" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="55" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="56" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="57" />
            <source>文件</source>
            <translation>File</translation>
        </message>
    </context>
    <context>
        <name>BackupSection</name>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="69" />
            <source>程序每天首次启动时自动备份（保留 7 份每日备份和 4 份每周备份），升级和导入数据前也会自动备份。备份文件在数据目录的 backups 文件夹中。</source>
            <translation>StationDesk makes a backup automatically the first time it starts each day (keeping 7 daily and 4 weekly backups), and also before upgrades and data imports. Backups are kept in the backups folder of the data folder.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="76" />
            <source>立即备份(&amp;B)</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="77" />
            <source>从所选备份恢复(&amp;R)…</source>
            <translation>&amp;Restore from selected backup…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="78" />
            <source>从其他文件恢复(&amp;F)…</source>
            <translation>Restore from another &amp;file…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="90" />
            <source>backups 文件夹中还没有备份。点“立即备份”做第一份。</source>
            <translation>There are no backups in the backups folder yet. Click “Back up now” to make the first one.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="130" />
            <source>选择备份文件</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="132" />
            <source>数据库备份 (*.sqlite3 *.db);;所有文件 (*)</source>
            <translation>Database backups (*.sqlite3 *.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="140" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="142" />
            <source>用 {what} 的备份替换当前全部数据？

此后录入的内容将不在恢复后的数据中（当前数据库会先另存为“恢复前”备份）。恢复完成后程序将关闭，请重新启动并登录。</source>
            <translation>Replace all current data with the backup from {what}?

Anything entered after it will not be in the restored data (the current database is first saved as a “before restore” backup). StationDesk will close when the restore is finished; start it again and sign in.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="151" />
            <source>已恢复</source>
            <translation>Restored</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/backup_section.py" line="151" />
            <source>数据已从备份恢复。程序现在关闭，请重新启动并登录。</source>
            <translation>The data has been restored from the backup. StationDesk will now close; start it again and sign in.</translation>
        </message>
    </context>
    <context>
        <name>CertificateModel</name>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="95" />
            <source>证明编号</source>
            <translation>Certificate number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="96" />
            <source>志愿者</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="97" />
            <source>证件号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="98" />
            <source>服务期间</source>
            <translation>Service period</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="99" />
            <source>服务时长(小时)</source>
            <translation>Service hours</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="100" />
            <source>出具日期</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="101" />
            <source>经办人</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="102" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="103" />
            <source>作废原因</source>
            <translation>Reason for voiding</translation>
        </message>
    </context>
    <context>
        <name>CertificatesTab</name>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="50" />
            <source>出具证明(&amp;I)…</source>
            <translation>&amp;Issue certificate…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="51" />
            <source>作废(&amp;X)…</source>
            <translation>&amp;Void…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="52" />
            <source>打印(&amp;P)…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="53" />
            <source>打印所选证明：先预览，再打印或另存为 PDF</source>
            <translation>Print the selected certificate: preview it, then print or save as PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="54" />
            <source>打印完整证件号码(&amp;U)</source>
            <translation>Print f&amp;ull ID number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="55" />
            <source>交给志愿者本人的证明需要完整证件号码；留档或公示用脱敏版本</source>
            <translation>A certificate handed to the volunteer needs the full ID number; file or display copies use the masked version</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="56" />
            <source>出具单位信息(&amp;O)…</source>
            <translation>Issuer &amp;details…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="69" />
            <source>证明编号按“站点代码-年份-序号”连续编号，作废的编号不再使用。</source>
            <translation>Certificate numbers run consecutively as "station code-year-sequence"; voided numbers are never reused.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="108" />
            <source>已出具</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="108" />
            <source>证明编号 {number}</source>
            <translation>Certificate number {number}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="113" />
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="116" />
            <source>打印证明</source>
            <translation>Print certificate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="113" />
            <source>请先在列表中选择要打印的证明。</source>
            <translation>Select the certificate to print in the list first.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="116" />
            <source>{number} 已作废，不能打印。</source>
            <translation>{number} is void and cannot be printed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="124" />
            <source>志愿服务记录证明 {number}</source>
            <translation>Volunteer service certificate {number}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="132" />
            <source>作废 {number} 的原因（必填）：</source>
            <translation>Reason for voiding {number} (required):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="132" />
            <source>作废证明</source>
            <translation>Void certificate</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../desktop/ui/shell/password_dialog.py" line="29" />
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/password_dialog.py" line="37" />
            <source>临时密码(&amp;O)</source>
            <translation>&amp;Temporary password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/password_dialog.py" line="37" />
            <source>当前密码(&amp;O)</source>
            <translation>&amp;Current password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/password_dialog.py" line="38" />
            <source>新密码(&amp;N)</source>
            <translation>&amp;New password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/password_dialog.py" line="39" />
            <source>再次输入新密码(&amp;R)</source>
            <translation>&amp;Re-enter new password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/password_dialog.py" line="41" />
            <source>您正在使用管理员设置的临时密码。请先设置一个只有您知道的新密码（至少 {n} 个字符）。</source>
            <translation>You are using a temporary password set by the administrator. Please set a new password that only you know (at least {n} characters).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/password_dialog.py" line="45" />
            <source>新密码至少 {n} 个字符。</source>
            <translation>The new password must be at least {n} characters.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/password_dialog.py" line="52" />
            <source>修改</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/password_dialog.py" line="54" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/password_dialog.py" line="54" />
            <source>退出程序</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/password_dialog.py" line="67" />
            <source>两次输入的新密码不一致。</source>
            <translation>The two new passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="220" />
            <source>检查结果</source>
            <translation>Check results</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="226" />
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="315" />
            <source>列</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="226" />
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="315" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="226" />
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="315" />
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="226" />
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="315" />
            <source>表头</source>
            <translation>Header</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="226" />
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="315" />
            <source>说明</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="236" />
            <source>导出问题清单(&amp;E)…</source>
            <translation>&amp;Export problem list…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="253" />
            <source>正在逐行检查，尚未写入任何数据…</source>
            <translation>Checking row by row; no data has been written yet…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="263" />
            <source>检查未能完成，数据未作任何改动。</source>
            <translation>The check could not be completed. No data was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="270" />
            <source>共 {rows} 行数据：可导入 {valid} 行；{errors} 行有问题，{dups} 行与已有记录或前面的行重复，这些行不会导入。问题行请在表格中改正后再导入一次。</source>
            <translation>{rows} rows of data: {valid} can be imported; {errors} rows have problems and {dups} rows duplicate existing records or earlier rows, so these rows will not be imported. Correct the problem rows in the spreadsheet and import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="276" />
            <source>错误</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="279" />
            <source>重复</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="282" />
            <source>提示</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="295" />
            <source>导入 {n} 行(&amp;I)</source>
            <translation>&amp;Import {n} rows</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="301" />
            <source>导出问题清单</source>
            <translation>Export problem list</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="302" />
            <source>导入问题清单.xlsx</source>
            <translation>Import-problems.xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="303" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="316" />
            <source>导入问题清单</source>
            <translation>Import problems</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="320" />
            <source>导出完成</source>
            <translation>Export complete</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="320" />
            <source>问题清单已保存到
{path}</source>
            <translation>Problem list saved to
{path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="327" />
            <source>身份证号相同</source>
            <translation>Same ID number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="328" />
            <source>志愿者编号相同</source>
            <translation>Same volunteer number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="329" />
            <source>姓名和出生日期相同</source>
            <translation>Same name and date of birth</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="330" />
            <source>同一服务对象、同一天、同一随访形式</source>
            <translation>Same client, same day, same visit mode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="331" />
            <source>同一志愿者、同一签到时间</source>
            <translation>Same volunteer, same check-in time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="334" />
            <source>系统中已有此记录（{by}），不再导入。</source>
            <translation>This record is already in the system ({by}); it will not be imported again.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="335" />
            <source>与第 {row} 行重复（{by}），不再导入。</source>
            <translation>Duplicate of row {row} ({by}); it will not be imported again.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistSection</name>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="162" />
            <source>随访检查表（临床项目请注明信息来源，社工记录而不作诊断）</source>
            <translation>Follow-up checklist (for clinical items give the information source; caseworkers record, they do not diagnose)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="175" />
            <source>（未填）</source>
            <translation>(not filled)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="188" />
            <source>（未评估）</source>
            <translation>(not assessed)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="191" />
            <source>危险性评估(&amp;R)</source>
            <translation>&amp;Risk assessment</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="195" />
            <source>其他症状</source>
            <translation>Other symptoms</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="196" />
            <source>精神症状明显</source>
            <translation>Marked psychotic symptoms</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="197" />
            <source>目前症状(&amp;Y)</source>
            <translation>Current s&amp;ymptoms</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="199" />
            <source>自知力(&amp;I)</source>
            <translation>&amp;Insight</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="200" />
            <source>睡眠 / 饮食</source>
            <translation>Sleep / diet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="206" />
            <source>社会功能(&amp;U)</source>
            <translation>Social f&amp;unctioning</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="216" />
            <source> 次</source>
            <translation> times</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="220" />
            <source>危险行为(&amp;B)</source>
            <translation>Dangerous &amp;behaviour</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="221" />
            <source>关锁情况</source>
            <translation>Locking-up</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="225" />
            <source>住院情况(&amp;H)</source>
            <translation>&amp;Hospitalisation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="228" />
            <source>末次出院</source>
            <translation>Last discharge</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="233" />
            <source>检查结果</source>
            <translation>Results</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="235" />
            <source>实验室检查</source>
            <translation>Lab tests</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="238" />
            <source>用药依从性(&amp;J)</source>
            <translation>Medicatio&amp;n adherence</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="240" />
            <source>何种药物、何种反应</source>
            <translation>Which drug, what reaction</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="241" />
            <source>急性或严重</source>
            <translation>Acute or serious</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="244" />
            <source>药物不良反应</source>
            <translation>Adverse drug reactions</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="252" />
            <source>有严重躯体疾病</source>
            <translation>Serious physical illness</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="254" />
            <source>躯体疾病不稳定</source>
            <translation>Physical illness unstable</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="256" />
            <source>有其他异常</source>
            <translation>Other abnormality</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="259" />
            <source>躯体及其他</source>
            <translation>Physical and other</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="261" />
            <source>治疗效果</source>
            <translation>Treatment effect</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="268" />
            <source>转诊原因</source>
            <translation>Referral reason</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="270" />
            <source>转诊至机构及科室</source>
            <translation>Referred to (institution and department)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="272" />
            <source>转诊(&amp;Z)</source>
            <translation>R&amp;eferral</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="274" />
            <source>建议转诊</source>
            <translation>Referral suggested</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="275" />
            <source>已转诊</source>
            <translation>Referred</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="282" />
            <source>用药情况</source>
            <translation>Current medication</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="284" />
            <source>用药指导</source>
            <translation>Medication guidance</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="288" />
            <source>其他康复措施</source>
            <translation>Other rehabilitation measures</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="289" />
            <source>康复措施(&amp;K)</source>
            <translation>Rehabi&amp;litation measures</translation>
        </message>
    </context>
    <context>
        <name>ClientDetailView</name>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="75" />
            <source>性别 / 年龄</source>
            <translation>Sex / age</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="76" />
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="77" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="78" />
            <location filename="../../desktop/ui/casework/client_detail.py" line="157" />
            <source>住址</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="79" />
            <source>户别</source>
            <translation>Household type</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="80" />
            <source>管理状态</source>
            <translation>Management status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="81" />
            <source>诊断</source>
            <translation>Diagnosis</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="82" />
            <source>负责社工</source>
            <translation>Caseworker in charge</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="83" />
            <source>服务对象类别</source>
            <translation>Client categories</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="84" />
            <source>关爱帮扶小组</source>
            <translation>Care and support team</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="85" />
            <source>居委联系人</source>
            <translation>Neighbourhood committee contact</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="93" />
            <source>显示…</source>
            <translation>Reveal…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="106" />
            <source>请在左侧选择一位服务对象</source>
            <translation>Select a client on the left</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="109" />
            <source>编辑(&amp;E)…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="110" />
            <source>记录访视(&amp;V)…</source>
            <translation>Record &amp;visit…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="122" />
            <source>打印档案(&amp;A)</source>
            <translation>Print pr&amp;ofile</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="123" />
            <source>空白访视表(&amp;B)</source>
            <translation>&amp;Blank visit form</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="124" />
            <source>打印访视记录(&amp;P)</source>
            <translation>&amp;Print visit record</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="125" />
            <source>国家随访表(&amp;N)</source>
            <translation>&amp;National follow-up form</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="131" />
            <source>转移到其他站点(&amp;T)…</source>
            <translation>&amp;Transfer to another station…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="153" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="154" />
            <source>关系</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="155" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="156" />
            <source>同住</source>
            <translation>Lives with</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="156" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="163" />
            <source>范围</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="164" />
            <source>不同意</source>
            <translation>Declined</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="164" />
            <location filename="../../desktop/ui/casework/client_detail.py" line="164" />
            <source>同意</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="165" />
            <source>签署人</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="166" />
            <source>签署日期</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="167" />
            <source>撤回</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="171" />
            <source>添加监护人(&amp;G)…</source>
            <translation>Add &amp;guardian…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="172" />
            <source>记录知情同意(&amp;K)…</source>
            <translation>&amp;Record consent…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="173" />
            <source>删除所选监护人</source>
            <translation>Delete selected guardian</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="174" />
            <source>撤回所选同意</source>
            <translation>Withdraw selected consent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="190" />
            <source>访视记录</source>
            <translation>Visits</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="192" />
            <source>监护人</source>
            <translation>Guardians</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="195" />
            <source>知情同意</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="228" />
            <source>  ★重点关注</source>
            <translation>  ★ Priority attention</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="233" />
            <source>（居委会待编码）</source>
            <translation> (neighbourhood committee not yet coded)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="238" />
            <source>{status}（{reason}）</source>
            <translation>{status} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="240" />
            <source>{status}　{day}</source>
            <translation>{status}, {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="280" />
            <source>服务对象档案</source>
            <translation>Client profile</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="286" />
            <source>空白访视表（现场填写）</source>
            <translation>Blank visit form (fill in on site)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="293" />
            <source>严重精神障碍患者随访服务记录表</source>
            <translation>Follow-up record form for patients with severe mental disorders</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="293" />
            <source>家庭访视记录</source>
            <translation>Home visit record</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="311" />
            <source>显示完整信息</source>
            <translation>Reveal full details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="312" />
            <source>查看完整的证件号码或电话会被记录（谁、何时、为什么）。请填写原因：</source>
            <translation>Viewing the full ID number or phone number is logged (who, when and why). Enter the reason:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="398" />
            <source>删除所选监护人记录？（记录保留为已删除，可追溯）</source>
            <translation>Delete the selected guardian record? (It is kept as deleted and remains traceable.)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="398" />
            <source>删除监护人</source>
            <translation>Delete guardian</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="411" />
            <source>撤回同意</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_detail.py" line="411" />
            <source>记录服务对象（或监护人）于今天撤回所选同意？</source>
            <translation>Record that the client (or guardian) withdrew the selected consent today?</translation>
        </message>
    </context>
    <context>
        <name>ClientFormDialog</name>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="61" />
            <source>登记服务对象</source>
            <translation>Register client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="61" />
            <source>编辑服务对象</source>
            <translation>Edit client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="66" />
            <source>（我自己）</source>
            <translation>(Me)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="84" />
            <source>（按证件号码）</source>
            <translation>(From ID number)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="91" />
            <source>列表中没有时手工填写，日后编码</source>
            <translation>If not in the list, type it in; it will be coded later</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="93" />
            <location filename="../../desktop/ui/casework/client_form.py" line="95" />
            <location filename="../../desktop/ui/casework/client_form.py" line="96" />
            <source>（未填）</source>
            <translation>(Not given)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="98" />
            <source>精准扶贫对象</source>
            <translation>Targeted poverty relief</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="99" />
            <source>监护补助对象</source>
            <translation>Guardian subsidy</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="100" />
            <source>家庭医生签约</source>
            <translation>Family doctor contract</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="101" />
            <source>参加社区康复</source>
            <translation>In community rehabilitation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="104" />
            <source>一级</source>
            <translation>Grade 1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="104" />
            <source>三级</source>
            <translation>Grade 3</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="104" />
            <source>二级</source>
            <translation>Grade 2</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="104" />
            <source>四级</source>
            <translation>Grade 4</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="104" />
            <source>（无精神残疾证）</source>
            <translation>(No psychiatric disability card)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="109" />
            <source>失访、死亡、迁出、结案须写明原因</source>
            <translation>Give the reason for lost to follow-up, deceased, moved out or closed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="113" />
            <source>（角色）</source>
            <translation>(Role)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="122" />
            <source>姓名(&amp;N)</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="123" />
            <source>证件类型</source>
            <translation>ID type</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="124" />
            <source>证件号码(&amp;I)</source>
            <translation>&amp;ID number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="126" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="127" />
            <source>出生日期(&amp;B)</source>
            <translation>Date of &amp;birth</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="128" />
            <source>联系电话(&amp;P)</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="129" />
            <source>区</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="130" />
            <source>街道 / 镇</source>
            <translation>Subdistrict / town</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="131" />
            <source>居委会 / 村委会</source>
            <translation>Neighbourhood / village committee</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="133" />
            <source>详细地址(&amp;A)</source>
            <translation>&amp;Address details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="134" />
            <source>户别</source>
            <translation>Household type</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="135" />
            <source>诊断</source>
            <translation>Diagnosis</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="136" />
            <source>就业 / 经济</source>
            <translation>Employment / finances</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="137" />
            <source>精神残疾证</source>
            <translation>Psychiatric disability card</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="138" />
            <source>其他情况</source>
            <translation>Other circumstances</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="139" />
            <source>管理状态(&amp;S)</source>
            <translation>Management &amp;status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="140" />
            <source>状态原因</source>
            <translation>Status reason</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="141" />
            <source>负责社工(&amp;W)</source>
            <translation>Case&amp;worker in charge</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="144" />
            <source>服务对象类别</source>
            <translation>Client categories</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="146" />
            <source>关爱帮扶小组</source>
            <translation>Care and support team</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="147" />
            <source>居委联系人 / 电话</source>
            <translation>Neighbourhood committee contact / phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="148" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="158" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="159" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="168" />
            <source>（请选择区）</source>
            <translation>(Select a district)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="182" />
            <source>（请选择街道/镇）</source>
            <translation>(Select a subdistrict/town)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="189" />
            <source>（请选择居委会）</source>
            <translation>(Select a neighbourhood committee)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="194" />
            <source>（不在列表中，手工填写）</source>
            <translation>(Not in the list – type it in)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="232" />
            <source>号码有效：{sex}，{birth} 出生</source>
            <translation>Valid number: {sex}, born {birth}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="239" />
            <source>号码有效</source>
            <translation>Valid number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="289" />
            <source>（不修改请留空）</source>
            <translation> (leave blank to keep)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="331" />
            <source>服务对象信息</source>
            <translation>Client details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="345" />
            <source>姓名和出生日期相同</source>
            <translation>Same name and date of birth</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="345" />
            <source>证件号码相同</source>
            <translation>Same ID number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="350" />
            <source>可能重复登记</source>
            <translation>Possible duplicate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="351" />
            <source>登记册中已有可能是同一人的服务对象：
{lines}

仍要登记为新的服务对象吗？</source>
            <translation>The register already has clients who may be the same person:
{lines}

Register as a new client anyway?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_form.py" line="366" />
            <source>已保存，请核对</source>
            <translation>Saved – please check</translation>
        </message>
    </context>
    <context>
        <name>ClientListModel</name>
        <message>
            <location filename="../../desktop/ui/casework/clients_model.py" line="25" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_model.py" line="26" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_model.py" line="27" />
            <source>年龄</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_model.py" line="28" />
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_model.py" line="29" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_model.py" line="30" />
            <source>居委会</source>
            <translation>Neighbourhood committee</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_model.py" line="31" />
            <source>管理状态</source>
            <translation>Management status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_model.py" line="32" />
            <source>负责社工</source>
            <translation>Caseworker in charge</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_model.py" line="75" />
            <source>区级已确认</source>
            <translation>Confirmed by district</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_model.py" line="75" />
            <source>已发送</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_model.py" line="75" />
            <source>未发送</source>
            <translation>Not sent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_model.py" line="76" />
            <source>同步</source>
            <translation>Sync</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <location filename="../../desktop/ui/casework/clients_page.py" line="38" />
            <source>搜索：姓名、首字母（如 zsf）、证件或手机尾号</source>
            <translation>Search: name, initials (e.g. zsf), ID or phone digits</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_page.py" line="39" />
            <source>搜索：姓名、拼音或首字母（如 zsf）、身份证号或手机号后几位、居委会</source>
            <translation>Search: name, pinyin or initials (e.g. zsf), last digits of ID or phone number, neighbourhood committee</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_page.py" line="66" />
            <source>登记服务对象(&amp;N)…</source>
            <translation>Register &amp;new client…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_page.py" line="102" />
            <source>（向下滚动加载更多）</source>
            <translation> (scroll down to load more)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_page.py" line="104" />
            <source>（只显示最相符的 {n} 位，请多输入几个字缩小范围）</source>
            <translation> (only the {n} best matches: type more to narrow the search)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_page.py" line="105" />
            <source>显示 {n} 位服务对象</source>
            <translation>Showing {n} clients</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/clients_page.py" line="125" />
            <source>转移到其他站点(&amp;T)…</source>
            <translation>&amp;Transfer to another station…</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="103" />
            <source>记录知情同意</source>
            <translation>Record consent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="107" />
            <source>同意</source>
            <translation>Agrees</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="108" />
            <source>不同意</source>
            <translation>Does not agree</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="111" />
            <source>（本人签署不填）</source>
            <translation>(Leave blank if signed by the client)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="114" />
            <source>同意范围(&amp;C)</source>
            <translation>&amp;Consent scope</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="115" />
            <source>意见(&amp;Y)</source>
            <translation>Decis&amp;ion</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="116" />
            <source>签署人(&amp;W)</source>
            <translation>Signed &amp;by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="117" />
            <source>监护人姓名</source>
            <translation>Guardian's name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="118" />
            <source>与服务对象关系</source>
            <translation>Relationship to client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="119" />
            <source>签署日期(&amp;D)</source>
            <translation>&amp;Date signed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="120" />
            <source>告知书版本</source>
            <translation>Notice version</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="54" />
            <source>工作台</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="56" />
            <source>只看我负责的服务对象(&amp;M)</source>
            <translation>Only &amp;my clients</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="69" />
            <source>逾期未访</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="70" />
            <source>7日内到期</source>
            <translation>Due within 7 days</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="71" />
            <source>高风险 / 重点关注</source>
            <translation>High risk / priority attention</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="72" />
            <source>随访进度落后</source>
            <translation>Behind pace</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="73" />
            <source>失访</source>
            <translation>Lost to follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="74" />
            <source>未定稿的访视</source>
            <translation>Visits not finalised</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="81" />
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="94" />
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="116" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="82" />
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="119" />
            <source>应访日期</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="83" />
            <source>逾期天数</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="84" />
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="120" />
            <source>上次访视</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="86" />
            <source>{n} 级</source>
            <translation>Level {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="86" />
            <source>上次危险性</source>
            <translation>Last risk level</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="88" />
            <source>两周复访</source>
            <translation>2-week revisit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="89" />
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="121" />
            <source>居委会</source>
            <translation>Neighbourhood committee</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="90" />
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="122" />
            <source>负责社工</source>
            <translation>Caseworker in charge</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="91" />
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="123" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="95" />
            <source>访视日期</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="96" />
            <source>形式</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="97" />
            <source>随访人员</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="108" />
            <source>显示更多(&amp;N)</source>
            <translation>Show &amp;more</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="109" />
            <source>列表往下滚动到底时也会接着显示</source>
            <translation>Scrolling to the end of the list shows more as well</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="117" />
            <source>{n} 次</source>
            <translation>{n}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="117" />
            <source>本年已随访</source>
            <translation>Follow-ups this year</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="118" />
            <source>下次随访应在此前</source>
            <translation>Next needed by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="164" />
            <source>工作台　{day}</source>
            <translation>Dashboard  {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="177" />
            <source>{year} 年随访不足 4 次：{below} 人，其中按现有安排年底前达不到 4 次（随访进度落后）：{behind} 人</source>
            <translation>{year}: {below} clients with fewer than 4 follow-ups so far; {behind} of them cannot reach 4 by the end of the year as scheduled (behind pace)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="187" />
            <source>{title}（{n}）</source>
            <translation>{title} ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="198" />
            <source>已显示 {shown} / {total} 条</source>
            <translation>Showing {shown} of {total}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/dashboard_page.py" line="209" />
            <source>本站：服务对象 {c} 人，访视记录 {v} 条，志愿者 {k} 人</source>
            <translation>This station: {c} clients, {v} visit records, {k} volunteers</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="344" />
            <source>导入完成</source>
            <translation>Import complete</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="353" />
            <source>正在导入，请稍候…</source>
            <translation>Importing, please wait…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="361" />
            <source>导入未能完成，数据未作任何改动。</source>
            <translation>The import could not be completed. No data was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="369" />
            <source>已导入 {n} 行{kind}。{skipped} 行因有问题或重复未导入。</source>
            <translation>Imported {n} rows of {kind}. {skipped} rows were not imported because of problems or duplicates.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="373" />
            <source>有问题的行请在表格中改正后再导入同一个文件：已导入的行会被识别为重复，不会重复写入。</source>
            <translation>Correct the problem rows in the spreadsheet, then import the same file again: rows already imported will be recognised as duplicates and not written twice.</translation>
        </message>
    </context>
    <context>
        <name>EscalationDialog</name>
        <message>
            <location filename="../../desktop/ui/casework/casework_dialogs.py" line="54" />
            <source>危险性3级及以上：记录通知情况</source>
            <translation>Risk level 3 or above: record notifications</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/casework_dialogs.py" line="59" />
            <source>危险性评估为3级及以上。请立即通知精防医生/社区卫生服务中心；有危害自身或他人的危险时，须通知监护人、居委和公安。请记录已通知的人员、时间和方式。本次随访分类将为“不稳定”，并在两周内（{due}前）再次随访；服务对象列入“重点关注”，直到以后的随访危险性降至2级及以下。</source>
            <translation>The risk assessment is level 3 or above. Notify the community mental-health doctor / community health centre immediately; if there is a danger to the client or others, also notify the guardian, the neighbourhood committee and the police. Record who was notified, when and how. This visit will be classified as “unstable”, with another visit within two weeks (by {due}); the client is flagged “priority attention” until a later visit records risk level 2 or below.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/casework_dialogs.py" line="66" />
            <source>本次须通知：{parties}（每位填写姓名、时间和方式）。</source>
            <translation>Must be notified this time: {parties} (a name, time and channel for each).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/casework_dialogs.py" line="73" />
            <source>确定(&amp;O)</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/casework_dialogs.py" line="86" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/casework_dialogs.py" line="86" />
            <source>方式</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/casework_dialogs.py" line="86" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/casework_dialogs.py" line="86" />
            <source>通知对象</source>
            <translation>Notified party</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/casework_dialogs.py" line="91" />
            <source>（不填）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/casework_dialogs.py" line="134" />
            <source>请至少记录一位已通知的人员。</source>
            <translation>Record at least one person who was notified.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/casework_dialogs.py" line="139" />
            <source>请记录已通知{parties}的姓名。</source>
            <translation>Please record the name of the {parties} you notified.</translation>
        </message>
    </context>
    <context>
        <name>ExchangePage</name>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="30" />
            <source>站点</source>
            <translation>Station</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="31" />
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="235" />
            <source>区级</source>
            <translation>District office</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="31" />
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="235" />
            <source>社工站</source>
            <translation>Station</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="31" />
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="59" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="32" />
            <source>最近收到</source>
            <translation>Last received</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="33" />
            <source>收到时间</source>
            <translation>Received at</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="34" />
            <source>缺少的序号</source>
            <translation>Missing numbers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="35" />
            <source>最近发出</source>
            <translation>Last sent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="36" />
            <source>对方已确认</source>
            <translation>Confirmed by them</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="37" />
            <source>审计记录</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="38" />
            <source>指纹</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="46" />
            <source>⚠ 已被改写（自第 {n} 条起）</source>
            <translation>⚠ Rewritten (from entry {n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="47" />
            <source>⚠ 已被改写</source>
            <translation>⚠ Rewritten</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="49" />
            <source>连续</source>
            <translation>Continues</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="50" />
            <source>尚无法核对</source>
            <translation>Not yet checkable</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="51" />
            <source>未报告</source>
            <translation>Not reported</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="57" />
            <source>对方</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="58" />
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="70" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="59" />
            <source>全量</source>
            <translation>Full</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="59" />
            <source>增量</source>
            <translation>Incremental</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="60" />
            <source>记录数</source>
            <translation>Records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="61" />
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="71" />
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="88" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="62" />
            <source>已确认</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="63" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="69" />
            <source>来自</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="72" />
            <source>新增</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="73" />
            <source>更新</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="74" />
            <source>未变</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="75" />
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="101" />
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="255" />
            <source>冲突</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="76" />
            <source>隔离</source>
            <translation>Quarantined</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="82" />
            <source>数据表</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="83" />
            <source>字段</source>
            <translation>Fields</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="84" />
            <source>现在的值</source>
            <translation>Current value</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="85" />
            <source>被覆盖的值</source>
            <translation>Overwritten value</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="86" />
            <source>被覆盖方</source>
            <translation>Overwritten side</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_columns.py" line="87" />
            <source>胜出方</source>
            <translation>Winning side</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="67" />
            <source>生成密钥(&amp;G)…</source>
            <translation>&amp;Generate keys…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="68" />
            <source>导出本站登记文件(&amp;E)…</source>
            <translation>&amp;Export this station's enrolment file…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="69" />
            <source>信任对方登记文件(&amp;T)…</source>
            <translation>&amp;Trust other station's enrolment file…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="70" />
            <source>修改密钥口令(&amp;P)…</source>
            <translation>Change key &amp;passphrase…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="75" />
            <source>尚未信任任何站点：请在“密钥与站点”页点“信任对方登记文件…”。</source>
            <translation>No station is trusted yet: on the "Keys and stations" tab, click "Trust other station's enrolment file…".</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="78" />
            <source>全量导出(&amp;F)</source>
            <translation>&amp;Full export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="79" />
            <source>导出到文件夹(&amp;X)…</source>
            <translation>E&amp;xport to folder…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="80" />
            <source>导入数据包或回执(&amp;I)…</source>
            <translation>&amp;Import bundle or receipt…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="90" />
            <source>恢复被覆盖的值(&amp;R)</source>
            <translation>&amp;Restore overwritten value</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="91" />
            <source>保留现在的值(&amp;K)</source>
            <translation>&amp;Keep current value</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="99" />
            <source>导出 / 导入</source>
            <translation>Export / import</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="100" />
            <source>密钥与站点</source>
            <translation>Keys and stations</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="107" />
            <source>本站密钥</source>
            <translation>This station's keys</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="112" />
            <source>站点：</source>
            <translation>Station:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="113" />
            <source>指纹（电话中逐组念给对方核对）：</source>
            <translation>Fingerprint (read it out group by group over the phone for checking):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="129" />
            <source>已信任的站点（区级概览：各站最近的数据包和缺少的序号）</source>
            <translation>Trusted stations (district overview: latest bundles and missing numbers for each station)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="139" />
            <source>发给(&amp;O)：</source>
            <translation>Send t&amp;o:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="151" />
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="252" />
            <source>发出的数据包</source>
            <translation>Bundles sent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="151" />
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="253" />
            <source>导入记录</source>
            <translation>Import history</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="162" />
            <source>合并时被对方同时修改覆盖的值。恢复＝把被覆盖的值作为一次新的修改写回，并同步给各方。</source>
            <translation>Values overwritten during a merge because the other side changed them at the same time. Restoring writes the overwritten value back as a new change and syncs it to everyone.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="187" />
            <source>本站数据交换密钥的口令</source>
            <translation>This station's data-exchange key passphrase</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="193" />
            <source>请输入本站数据交换密钥的口令，{purpose}。
初始设置时，它就是当时设置的系统管理员登录密码；如果后来在“密钥与站点”页点“修改密钥口令…”改过，则是改后的口令。</source>
            <translation>Enter this station's data-exchange key passphrase, {purpose}.
After the first set-up it is the administrator's sign-in password chosen then; if it was changed later with "Change key passphrase…" on the "Keys and stations" tab, it is the new one.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="203" />
            <source>选择保存数据包的文件夹（如U盘）</source>
            <translation>Choose a folder to save the bundle in (e.g. a USB drive)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="236" />
            <source>{code}（{mode}）</source>
            <translation>{code} ({mode})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="239" />
            <source>尚未生成密钥</source>
            <translation>No keys created yet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="251" />
            <source>（最近 {n} 个）</source>
            <translation> (latest {n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="255" />
            <source>冲突（{n}）</source>
            <translation>Conflicts ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="279" />
            <source>为本站数据交换密钥设置口令（至少 8 个字符）。
以后每次导出、导入数据包都要输入它；它不是登录密码，请交站长妥善保管。</source>
            <translation>Set a passphrase for this station's data-exchange key (at least 8 characters).
It is asked for at every export and import; it is not a sign-in password. Keep it with the station lead.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="288" />
            <source>保存本站登记文件</source>
            <translation>Save this station's enrolment file</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="295" />
            <source>登记文件已保存</source>
            <translation>Enrolment file saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="296" />
            <source>请把登记文件交给对方，并在电话中把指纹逐组念给对方核对：
{fp}</source>
            <translation>Give the enrolment file to the other station, and read the fingerprint out to them group by group over the phone so they can check it:
{fp}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="304" />
            <source>登记文件 (*.sdenroll *.json);;所有文件 (*)</source>
            <translation>Enrolment files (*.sdenroll *.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="304" />
            <source>选择对方的登记文件</source>
            <translation>Choose the other station's enrolment file</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="313" />
            <source>核对指纹</source>
            <translation>Check fingerprint</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="314" />
            <source>登记文件来自站点 {code}。
请对方在电话中念出其指纹（24 位数字），在此输入：</source>
            <translation>The enrolment file is from station {code}.
Ask them to read out their fingerprint (24 digits) over the phone and enter it here:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="322" />
            <source>已信任站点 {code}。</source>
            <translation>Station {code} is now trusted.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="327" />
            <source>即当前的口令</source>
            <translation>that is, the current one</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="328" />
            <source>新的密钥口令（至少 8 个字符）：</source>
            <translation>New key passphrase (at least 8 characters):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="333" />
            <source>密钥口令已修改，指纹不变。</source>
            <translation>Key passphrase changed. The fingerprint stays the same.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="342" />
            <source>无法导出</source>
            <translation>Cannot export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="344" />
            <source>还没有可以发送的站点。请先在“密钥与站点”页点“信任对方登记文件…”，选择对方交来的登记文件，并在电话中核对指纹。</source>
            <translation>There is no station to send to yet. On the "Keys and stations" tab, click "Trust other station's enrolment file…", choose the file the other station gave you and check its fingerprint by phone.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="352" />
            <source>用于签署数据包</source>
            <translation>to sign the data package</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="363" />
            <source>已导出第 {seq} 号数据包（{n} 条记录）：{name}</source>
            <translation>Exported bundle no. {seq} ({n} records): {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="371" />
            <source>数据包 (*.sdbundle);;所有文件 (*)</source>
            <translation>Bundles (*.sdbundle);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="371" />
            <source>选择数据包或回执</source>
            <translation>Choose a bundle or receipt</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="372" />
            <source>用于解密数据包</source>
            <translation>to decrypt the data package</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="385" />
            <source>已导入站点 {s} 的回执：{n} 条记录确认送达。</source>
            <translation>Receipt from station {s} imported: {n} records confirmed as delivered.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="387" />
            <source>该数据包以前已导入过，未作任何改动。</source>
            <translation>This bundle was already imported before; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="389" />
            <source>来自 {s} 的第 {q} 号数据包：新增 {c}，更新 {u}，未变 {k}，冲突 {x}，隔离 {i}。</source>
            <translation>Bundle no. {q} from {s}: new {c}, updated {u}, unchanged {k}, conflicts {x}, quarantined {i}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="399" />
            <source>
尚缺该站点的数据包序号：{m}</source>
            <translation>Bundle numbers still missing from this station: {m}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="401" />
            <source>
回执已写入：{f}（请交回对方）</source>
            <translation>Receipt written: {f} (please send it back to the sender)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="403" />
            <source>导入完成</source>
            <translation>Import complete</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="413" />
            <source>已保留现在的值。</source>
            <translation>The current value was kept.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/exchange_page.py" line="413" />
            <source>已恢复被覆盖的值。</source>
            <translation>The overwritten value was restored.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="77" />
            <source>选择文件</source>
            <translation>Choose file</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="78" />
            <source>选择要导入的台账（.xlsx 或 .csv）和其中记录的内容。</source>
            <translation>Choose the register to import (.xlsx or .csv) and what it records.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="80" />
            <source>台账文件的位置</source>
            <translation>Location of the register file</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="81" />
            <source>浏览(&amp;B)…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="90" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="93" />
            <source>导入内容(&amp;K)</source>
            <translation>&amp;Contents</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="96" />
            <source>导入分三步：先找到表头并核对每一列，再逐行检查（这一步不写入任何数据），最后一次性导入没有问题的行。

• 表头可以在标题行、空行之下；常见列名（姓名、身份证号、联系电话、居委会、随访日期、服务时长……）会自动识别。
• 日期可写成 2023-5-6、2023/05/06、2023年5月6日、20230506 或 Excel 日期；全角数字、15位旧身份证号都可以。
• 有问题的行会列出行号和列；改正后可以再导入同一个文件，已导入的行会被识别为重复，不会重复写入。</source>
            <translation>Import takes three steps: first find the header and check each column, then check every row (nothing is written in this step), and finally import all rows without problems in one go.

• The header may be below title rows or blank rows; the usual Chinese column names (姓名, 身份证号, 联系电话, 居委会, 随访日期, 服务时长…) are recognised automatically.
• Dates may be written as 2023-5-6, 2023/05/06, 2023年5月6日, 20230506 or as Excel dates; full-width digits and old 15-digit ID numbers are accepted.
• Problem rows are listed with row number and column; after correcting them you can import the same file again: rows already imported will be recognised as duplicates and not written twice.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="112" />
            <source>表格文件 (*.xlsx *.xlsm *.csv);;所有文件 (*)</source>
            <translation>Spreadsheet files (*.xlsx *.xlsm *.csv);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="112" />
            <source>选择台账文件</source>
            <translation>Choose register file</translation>
        </message>
    </context>
    <context>
        <name>GuardianDialog</name>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="63" />
            <source>添加监护人</source>
            <translation>Add guardian</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="63" />
            <source>编辑监护人</source>
            <translation>Edit guardian</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="66" />
            <source>（请选择）</source>
            <translation>(Select)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="69" />
            <source>与服务对象同住</source>
            <translation>Lives with the client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="70" />
            <source>姓名(&amp;N)</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="71" />
            <source>与服务对象关系(&amp;R)</source>
            <translation>&amp;Relationship to client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="72" />
            <source>电话(&amp;P)</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="73" />
            <source>住址(&amp;A)</source>
            <translation>&amp;Address</translation>
        </message>
    </context>
    <context>
        <name>HoursTab</name>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="65" />
            <source>全部状态</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="68" />
            <source>只看待核对(&amp;F)</source>
            <translation>&amp;Flagged for review only</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="71" />
            <source>查询(&amp;Q)</source>
            <translation>&amp;Query</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="79" />
            <source>从</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="79" />
            <source>到</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="83" />
            <source>显示取整</source>
            <translation>Display rounding</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="98" />
            <source>核对自动签退(&amp;V)…</source>
            <translation>Re&amp;view auto check-out…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="99" />
            <source>休息时长(&amp;B)…</source>
            <translation>&amp;Break time…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="100" />
            <source>确认(&amp;C)</source>
            <translation>&amp;Confirm</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="101" />
            <source>标记已上报(&amp;R)…</source>
            <translation>Mark as &amp;reported…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="102" />
            <source>作废(&amp;X)…</source>
            <translation>Voi&amp;d…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="109" />
            <source>导出完整证件号</source>
            <translation>Export full ID numbers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="110" />
            <source>导出已确认工时(&amp;E)…</source>
            <translation>&amp;Export confirmed hours…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="156" />
            <source>……另有 {n} 条提示</source>
            <translation>… and {n} more notices</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="163" />
            <source>共 {n} 条记录；已确认 {time}；待核对 {f} 条。</source>
            <translation>{n} entries; {time} confirmed; {f} to check.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="190" />
            <source>录入上海志愿者网的日期（YYYY-MM-DD）：</source>
            <translation>Date entered on volunteer.sh.cn (YYYY-MM-DD):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="190" />
            <source>标记已上报</source>
            <translation>Mark as reported</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="205" />
            <source>作废</source>
            <translation>Void</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="205" />
            <source>请选择一条记录。</source>
            <translation>Please select one record.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="207" />
            <source>作废原因（必填）：</source>
            <translation>Reason for voiding (required):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="207" />
            <source>作废工时记录</source>
            <translation>Void hours record</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="217" />
            <source>休息时长</source>
            <translation>Break time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="217" />
            <source>休息（不计入服务时间）分钟数：</source>
            <translation>Break minutes (not counted as service time):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="226" />
            <source>核对</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="226" />
            <source>请选择一条标有“自动签退”的记录。</source>
            <translation>Please select one record marked "Auto check-out".</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="232" />
            <source>核对自动签退</source>
            <translation>Review auto check-out</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="233" />
            <source>该志愿者忘记签退，系统按班次结束时间签退。请填写实际离开时间（时:分）：</source>
            <translation>This volunteer forgot to check out, so the system checked them out at the end of the shift. Enter the time they actually left (HH:MM):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="248" />
            <source>志愿服务时长_{start}_{end}.xlsx</source>
            <translation>volunteer_service_hours_{start}_{end}.xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="251" />
            <source>导出已确认工时</source>
            <translation>Export confirmed hours</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="267" />
            <source>导出完成</source>
            <translation>Export complete</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="268" />
            <source>已导出 {n} 行到 {path}。录入上海志愿者网后，请将这些记录标记为已上报。</source>
            <translation>Exported {n} rows to {path}. After entering them on volunteer.sh.cn, mark these records as reported.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="62" />
            <source>服务对象</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="63" />
            <source>访视记录</source>
            <translation>Visit records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="64" />
            <source>志愿者</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="65" />
            <source>志愿服务时长</source>
            <translation>Volunteer service hours</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="385" />
            <source>从 Excel 导入</source>
            <translation>Import from Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="396" />
            <source>下一步(&amp;N) &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="397" />
            <source>&lt; 上一步(&amp;B)</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="398" />
            <source>完成</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="399" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="168" />
            <source>出具志愿服务记录证明</source>
            <translation>Issue volunteer service certificate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="172" />
            <source>查找志愿者：姓名、拼音首字母或手机尾号</source>
            <translation>Find volunteer: name, pinyin initials or last digits of phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="178" />
            <source>服务内容概述，如：社工站前台接待、康复活动协助</source>
            <translation>Summary of service, e.g. station front-desk reception, help with rehabilitation activities</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="181" />
            <source>志愿者(&amp;V)</source>
            <translation>&amp;Volunteer</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="183" />
            <source>服务期间自(&amp;F)</source>
            <translation>Service period &amp;from</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="184" />
            <source>至(&amp;T)</source>
            <translation>&amp;To</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="185" />
            <source>服务内容(&amp;C)</source>
            <translation>Service &amp;content</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="186" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="188" />
            <source>出具</source>
            <translation>Issue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="189" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="208" />
            <source>{name}　{phone}　{status}</source>
            <translation>{name}  {phone}  {status}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="217" />
            <source>…只列出前 {n} 位，请输入姓名或手机尾号缩小范围</source>
            <translation>… only the first {n} are listed: type a name or phone digits to narrow the list</translation>
        </message>
    </context>
    <context>
        <name>IssuerDialog</name>
        <message>
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="28" />
            <source>出具单位信息</source>
            <translation>Issuer details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="30" />
            <source>出具主体名称</source>
            <translation>Issuing organisation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="31" />
            <source>负责人</source>
            <translation>Person in charge</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="32" />
            <source>联系方式</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="33" />
            <source>上海志愿者网项目名称</source>
            <translation>Project name on the Shanghai volunteer website</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="36" />
            <source>在证明上签字的负责人姓名</source>
            <translation>Name of the person in charge who signs the certificate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="37" />
            <source>如 021-64381234</source>
            <translation>e.g. 021-64381234</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="45" />
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="69" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="46" />
            <source>出具证明前请先填写：{fields}。这些信息会印在每份证明上。</source>
            <translation>Before issuing a certificate, fill in: {fields}. These details are printed on every certificate.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="54" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="55" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/issuer_dialog.py" line="70" />
            <source>还需填写：{fields}。</source>
            <translation>Still to fill in: {fields}.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="65" />
            <source>志愿者签到</source>
            <translation>Volunteer check-in</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="79" />
            <source>志愿者签到 / 签退</source>
            <translation>Volunteer check-in / check-out</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="84" />
            <source>请输入手机号码后四位并按回车，或将志愿者卡对准扫码器</source>
            <translation>Enter the last four digits of your phone number and press Enter, or hold your volunteer card up to the scanner</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="93" />
            <source>手机尾号 4 位</source>
            <translation>Last 4 digits of phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="110" />
            <source>如遇问题请联系前台协调员。本终端仅用于志愿者签到。</source>
            <translation>If you need help, please ask the volunteer coordinator at the front desk. This terminal is for volunteer check-in only.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="182" />
            <source>没有找到这个手机尾号的志愿者，请核对后重试，或联系协调员。</source>
            <translation>No volunteer found with these last phone digits. Please check and try again, or contact the volunteer coordinator.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="187" />
            <source>有几位志愿者的手机尾号相同，请选择您自己：</source>
            <translation>Several volunteers have the same last phone digits. Please choose your name:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="189" />
            <source>签到</source>
            <translation>Check in</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="189" />
            <source>签退</source>
            <translation>Check out</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="193" />
            <source>{text}
（{action}）</source>
            <translation>{text}
({action})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="216" />
            <source>{name}，签到成功　{time}</source>
            <translation>{name}, checked in at {time}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="217" />
            <source>今天没有您的排班，已按临时服务签到</source>
            <translation>You have no shift today; checked in for ad-hoc service.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="219" />
            <source>{name}，签退成功　{time}</source>
            <translation>{name}, checked out at {time}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="220" />
            <source>本次服务 {time}，谢谢您！</source>
            <translation>You served {time} today. Thank you!</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="225" />
            <source>{name}，您已在 {time} 签到，无需重复扫描</source>
            <translation>{name}, you checked in at {time}; no need to scan again</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="226" />
            <source>服务结束离开时再扫描一次即可签退。</source>
            <translation>Scan once more when you leave to check out.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="228" />
            <source>{name}，您已在 {time} 签退，无需重复扫描</source>
            <translation>{name}, you checked out at {time}; no need to scan again</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="229" />
            <source>本次签退已经记录，谢谢您！</source>
            <translation>Your check-out is recorded. Thank you!</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="236" />
            <source>{name}，您 {time} 签到，到现在服务了 {served}。确定现在签退吗？</source>
            <translation>{name}, you checked in at {time} and have served {served} so far. Check out now?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="243" />
            <source>确定签退(&amp;Y)</source>
            <translation>&amp;Yes, check out</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="244" />
            <source>不签退(&amp;N)</source>
            <translation>&amp;No, stay checked in</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="256" />
            <source>没有签退，您仍在签到中。</source>
            <translation>Not checked out: you are still checked in.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="288" />
            <source>退出签到终端：请协调员或站长登录</source>
            <translation>Exit check-in kiosk: volunteer coordinator or station lead, please sign in</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/kiosk.py" line="294" />
            <source>只有志愿者协调员或站长可以退出签到终端。</source>
            <translation>Only a volunteer coordinator or station lead can exit the check-in kiosk.</translation>
        </message>
    </context>
    <context>
        <name>LanguageSection</name>
        <message>
            <location filename="../../desktop/ui/admin/language_section.py" line="24" />
            <location filename="../../desktop/ui/admin/language_section.py" line="65" />
            <location filename="../../desktop/ui/admin/language_section.py" line="72" />
            <source>语言</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/language_section.py" line="36" />
            <source>保存语言设置(&amp;G)</source>
            <translation>Save lan&amp;guage settings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/language_section.py" line="40" />
            <source>界面语言（本机）(&amp;I)</source>
            <translation>&amp;Interface (this computer):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/language_section.py" line="41" />
            <source>打印表单语言（全站）(&amp;P)</source>
            <translation>&amp;Printed forms (whole station):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/language_section.py" line="42" />
            <source>界面语言在重新启动程序后生效。打印表单语言只有站长和系统管理员可以修改。</source>
            <translation>The interface language takes effect when the program is restarted. Only the station lead and the administrator can change the language of printed forms.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/language_section.py" line="65" />
            <source>无法保存本机的语言设置：数据目录不可写。</source>
            <translation>Could not save this computer's language: the data folder cannot be written to.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/language_section.py" line="69" />
            <source>语言设置已保存。</source>
            <translation>Language settings saved.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/language_section.py" line="71" />
            <source>界面语言将在重新启动程序后生效。</source>
            <translation>The interface language will change when you restart the program.</translation>
        </message>
    </context>
    <context>
        <name>LedgerModel</name>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="45" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="46" />
            <source>志愿者</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="47" />
            <source>活动</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="48" />
            <source>签到</source>
            <translation>Check in</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="49" />
            <source>签退</source>
            <translation>Check out</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="49" />
            <source>（在岗）</source>
            <translation>(on duty)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="50" />
            <source>休息(分)</source>
            <translation>Break (min)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="51" />
            <source>时长</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="52" />
            <source>小时</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="53" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="54" />
            <source>⚑ 自动签退</source>
            <translation>⚑ Auto check-out</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="54" />
            <source>待核对</source>
            <translation>To review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="56" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="135" />
            <source>社工站工作台 — 已锁定</source>
            <translation>StationDesk — locked</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="138" />
            <source>屏幕已锁定</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="141" />
            <source>一段时间无操作，为保护服务对象信息已自动锁定。</source>
            <translation>StationDesk locked itself after a period of inactivity to protect client information.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="143" />
            <source>为保护服务对象信息，屏幕已锁定。</source>
            <translation>The screen has been locked to protect client information.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="148" />
            <source>{user}（{username}），请输入密码解锁。未保存的内容仍保留在原处。</source>
            <translation>{user} ({username}), enter your password to unlock. Unsaved work is still where you left it.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="156" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="162" />
            <source>解锁(&amp;U)</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="163" />
            <source>切换用户(&amp;W)</source>
            <translation>S&amp;witch user</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="164" />
            <source>退出当前用户，回到登录界面由其他人登录</source>
            <translation>Sign the current user out and return to the sign-in screen for someone else</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="165" />
            <source>退出程序(&amp;Q)</source>
            <translation>&amp;Quit StationDesk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="182" />
            <source>请输入密码。</source>
            <translation>Please enter your password.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../desktop/ui/shell/login_dialog.py" line="24" />
            <source>登录 — 社工站工作台</source>
            <translation>Sign in — StationDesk</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="73" />
            <location filename="../../desktop/ui/shell/main_window.py" line="88" />
            <location filename="../../desktop/ui/shell/main_window.py" line="236" />
            <source>社工站工作台 — {station}</source>
            <translation>StationDesk — {station}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="138" />
            <source>{station}　|　{user}（{role}）</source>
            <translation>{station}  |  {user} ({role})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="151" />
            <source>正在处理…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="290" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="291" />
            <source>锁定屏幕(&amp;L)</source>
            <translation>&amp;Lock screen</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="297" />
            <source>退出(&amp;Q)</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="302" />
            <source>转到(&amp;G)</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="308" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="309" />
            <source>关于(&amp;A)</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="317" />
            <source>打印(&amp;P)</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="320" />
            <source>明日计划随访空白表（批量）(&amp;B)…</source>
            <translation>&amp;Blank forms for tomorrow's planned visits (batch)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="321" />
            <source>志愿者排班表(&amp;R)…</source>
            <translation>Volunteer &amp;rota…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="322" />
            <source>月度工作统计(&amp;M)…</source>
            <translation>&amp;Monthly figures…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="323" />
            <source>从现场访视表二维码录入访视(&amp;Q)…</source>
            <translation>Enter visit from field form &amp;QR code…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="335" />
            <source>录入现场访视表</source>
            <translation>Enter field visit form</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="335" />
            <source>请扫描或粘贴现场访视表上的二维码内容：</source>
            <translation>Scan or paste the QR code text from the field visit form:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="351" />
            <source>从 Excel 导入(&amp;I)…</source>
            <translation>&amp;Import from Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="354" />
            <source>导出 Excel(&amp;E)</source>
            <translation>&amp;Export to Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="388" />
            <source>关于社工站工作台</source>
            <translation>About StationDesk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/main_window.py" line="389" />
            <source>社工站工作台 StationDesk {version}
社区精神健康社工站离线工作台。</source>
            <translation>StationDesk {version}
Offline workbench for community mental-health social-work stations.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/pages.py" line="63" />
            <source>工作台</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/pages.py" line="71" />
            <source>服务对象</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/pages.py" line="79" />
            <source>访视记录</source>
            <translation>Visits</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/pages.py" line="87" />
            <source>志愿者</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/pages.py" line="93" />
            <source>排班</source>
            <translation>Rota</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/pages.py" line="95" />
            <source>数据交换</source>
            <translation>Data exchange</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/pages.py" line="97" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/pages.py" line="100" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="126" />
            <source>工作表与列</source>
            <translation>Sheet and columns</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="131" />
            <source>列</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="131" />
            <source>导入为</source>
            <translation>Import as</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="131" />
            <source>表头</source>
            <translation>Header</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="139" />
            <source>工作表(&amp;S)</source>
            <translation>&amp;Sheet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="157" />
            <source>正在读取表格…</source>
            <translation>Reading the spreadsheet…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="164" />
            <source>无法使用该文件，请返回重新选择。</source>
            <translation>This file cannot be used. Please go back and choose another one.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="177" />
            <source>表头在第 {row} 行，下面约有 {count} 行数据。请核对每一列导入为哪一项；不需要的列选“不导入”。</source>
            <translation>The header is in row {row}, with about {count} rows of data below it. Check what each column is imported as; set columns you do not need to "Do not import".</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="180" />
            <source>缺少必需的列：{names}。</source>
            <translation>Required columns missing: {names}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="186" />
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="188" />
            <source>不导入</source>
            <translation>Do not import</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/import_wizard.py" line="190" />
            <source>（必填）</source>
            <translation> (required)</translation>
        </message>
    </context>
    <context>
        <name>MedicationRows</name>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="90" />
            <source>药物名称</source>
            <translation>Drug name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="91" />
            <source>早 mg</source>
            <translation>Morning mg</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="92" />
            <source>中 mg</source>
            <translation>Noon mg</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="93" />
            <source>晚 mg</source>
            <translation>Evening mg</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="94" />
            <source>长效</source>
            <translation>Depot</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="95" />
            <source>每几周</source>
            <translation>Every n weeks</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="96" />
            <source>每次 mg</source>
            <translation>mg per dose</translation>
        </message>
    </context>
    <context>
        <name>OneOffShiftDialog</name>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="51" />
            <source>新增临时班次</source>
            <translation>New one-off shift</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="53" />
            <source>如：社区讲堂</source>
            <translation>e.g. Community talk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="65" />
            <source>名称(&amp;T)</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="66" />
            <source>日期(&amp;D)</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="67" />
            <source>开始(&amp;B)</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="68" />
            <source>结束(&amp;E)</source>
            <translation>&amp;End</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="69" />
            <source>人数上限(&amp;C)</source>
            <translation>&amp;Capacity</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="70" />
            <source>所需技能(&amp;K)</source>
            <translation>Required s&amp;kill</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="71" />
            <source>地点(&amp;L)</source>
            <translation>&amp;Location</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <location filename="../../desktop/ui/casework/partial_date_edit.py" line="28" />
            <source>如 2024、2024-06 或 2024-06-15</source>
            <translation>e.g. 2024, 2024-06 or 2024-06-15</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/partial_date_edit.py" line="29" />
            <source>只知道年份或年月时，只写年份或年-月</source>
            <translation>If only the year or the month is known, write just the year or year-month</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/partial_date_edit.py" line="48" />
            <source>（精确到：{p}）</source>
            <translation>(known to: {p})</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../desktop/ui/printing/preview.py" line="38" />
            <source>打印预览 — {title}</source>
            <translation>Print preview — {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/preview.py" line="52" />
            <source>打印(&amp;P)…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/preview.py" line="53" />
            <source>另存为(&amp;S)…</source>
            <translation>&amp;Save as…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/preview.py" line="54" />
            <source>关闭(&amp;C)</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/preview.py" line="80" />
            <source>共 {n} 页</source>
            <translation>{n} pages</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/preview.py" line="80" />
            <source>正在载入…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/preview.py" line="107" />
            <source>打印机无法开始打印，请检查打印机后重试。</source>
            <translation>The printer could not start printing. Check the printer and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/preview.py" line="107" />
            <source>无法打印</source>
            <translation>Cannot print</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/preview.py" line="134" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/preview.py" line="134" />
            <source>另存为 PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/preview.py" line="144" />
            <source>已保存：{path}</source>
            <translation>Saved: {path}</translation>
        </message>
    </context>
    <context>
        <name>Printer</name>
        <message>
            <location filename="../../desktop/ui/printing/printer.py" line="76" />
            <source>打印志愿者排班表</source>
            <translation>Print volunteer rota</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/printer.py" line="77" />
            <source>周次（YYYY-Www，如 2026-W48）：</source>
            <translation>Week (YYYY-Www, e.g. 2026-W48):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/printer.py" line="83" />
            <source>志愿者排班表</source>
            <translation>Volunteer rota</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/printer.py" line="87" />
            <source>打印月度工作统计</source>
            <translation>Print monthly figures</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/printer.py" line="87" />
            <source>月份（YYYY-MM）：</source>
            <translation>Month (YYYY-MM):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/printer.py" line="92" />
            <source>月度工作统计</source>
            <translation>Monthly figures</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/printer.py" line="102" />
            <source>正在生成 {day} 计划随访的空白访视表…</source>
            <translation>Generating blank visit forms for visits planned on {day}…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/printer.py" line="103" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/printer.py" line="108" />
            <source>批量打印</source>
            <translation>Batch print</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/printer.py" line="120" />
            <source>正在生成第 {n} / {total} 份空白访视表…</source>
            <translation>Generating blank visit form {n} of {total}…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/printer.py" line="136" />
            <source>{day} 计划随访空白表（{n} 份）</source>
            <translation>Blank forms for visits planned on {day} ({n})</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <location filename="../../desktop/ui/volunteers/record_table.py" line="25" />
            <source>添加(&amp;A)</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/record_table.py" line="26" />
            <source>删除所选(&amp;D)</source>
            <translation>&amp;Delete selected</translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="45" />
            <source>搜索：姓名、拼音或首字母（如 zsf）、手机尾号</source>
            <translation>Search: name, pinyin or initials (e.g. zsf), last digits of phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="48" />
            <source>全部状态</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="58" />
            <source>登记志愿者(&amp;N)…</source>
            <translation>&amp;Register volunteer…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="59" />
            <source>编辑(&amp;E)…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="60" />
            <source>暂停</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="61" />
            <source>退出</source>
            <translation>Mark as left</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="62" />
            <source>恢复在岗</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="63" />
            <source>志愿者卡内容…</source>
            <translation>Volunteer card content…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="64" />
            <source>打开签到终端(&amp;K)</source>
            <translation>Open check-in &amp;kiosk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="106" />
            <source>显示 {n} 位志愿者</source>
            <translation>Showing {n} volunteers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="149" />
            <source>{name} 的志愿者卡二维码内容：</source>
            <translation>QR code content of {name}'s volunteer card:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="149" />
            <source>志愿者卡</source>
            <translation>Volunteer card</translation>
        </message>
    </context>
    <context>
        <name>RotaPage</name>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_crew.py" line="60" />
            <source>{name}　{skills}</source>
            <translation>{name}  {skills}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_crew.py" line="65" />
            <source>…只列出前 {n} 位，请输入姓名或拼音缩小范围</source>
            <translation>… only the first {n} are listed: type a name or pinyin to narrow the list</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="50" />
            <source>周一</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="51" />
            <source>周二</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="52" />
            <source>周三</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="53" />
            <source>周四</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="54" />
            <source>周五</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="55" />
            <source>周六</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="56" />
            <source>周日</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="102" />
            <source>排班</source>
            <translation>Rota</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="104" />
            <source>◀ 上一周(&amp;P)</source>
            <translation>◀ &amp;Previous week</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="105" />
            <source>本周(&amp;T)</source>
            <translation>&amp;This week</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="106" />
            <source>下一周(&amp;N) ▶</source>
            <translation>&amp;Next week ▶</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="121" />
            <source>按模板生成本周班次(&amp;G)</source>
            <translation>&amp;Generate this week's shifts from templates</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="122" />
            <source>新增临时班次(&amp;O)…</source>
            <translation>New &amp;one-off shift…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="123" />
            <source>节假日补充(&amp;H)…</source>
            <translation>Add &amp;holiday dates…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="124" />
            <source>班次模板(&amp;M)…</source>
            <translation>Shift te&amp;mplates…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="125" />
            <source>社区轮值(&amp;C)…</source>
            <translation>&amp;Community rotation…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="162" />
            <source>检查冲突(&amp;K)</source>
            <translation>Chec&amp;k conflicts</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="163" />
            <source>保存排班(&amp;S)</source>
            <translation>&amp;Save rota</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="164" />
            <source>放弃修改(&amp;U)</source>
            <translation>&amp;Discard changes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="178" />
            <source>冲突</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="185" />
            <source>班次人员</source>
            <translation>Volunteers on shift</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="191" />
            <source>移出班次(&amp;R)</source>
            <translation>&amp;Remove from shift</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="194" />
            <source>查找：姓名、拼音首字母、手机尾号</source>
            <translation>Find: name, pinyin initials, last digits of phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="198" />
            <source>排入班次(&amp;A)</source>
            <translation>&amp;Add to shift</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="299" />
            <source>{weekday} {day}</source>
            <translation>{weekday} {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="301" />
            <source>调休上班</source>
            <translation>Make-up working day</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="305" />
            <source>轮值：{name}</source>
            <translation>On rotation: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="315" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="315" />
            <source>（未排人）</source>
            <translation>(nobody assigned)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="316" />
            <source>{title}（{n}/{capacity}）</source>
            <translation>{title} ({n}/{capacity})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="322" />
            <source>…… 另有 {n} 个班次（选中此格查看）</source>
            <translation>… and {n} more shifts (select the cell to see them)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="344" />
            <source>{n} 个班次有未保存的修改</source>
            <translation>{n} shifts have unsaved changes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="354" />
            <source>在左侧表格中选择一个班次。</source>
            <translation>Select a shift in the table on the left.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="356" />
            <source>　需要技能：{skill}</source>
            <translation>  Skill needed: {skill}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="359" />
            <source>　轮值：{name}（★为该居委会志愿者）</source>
            <translation>  On rotation: {name} (★ = volunteer from this neighbourhood committee)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="361" />
            <source>{day}　人数上限 {capacity}</source>
            <translation>{day}  Capacity {capacity}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="386" />
            <source>没有发现冲突。</source>
            <translation>No conflicts found.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="390" />
            <source>没有需要保存的修改。</source>
            <translation>There are no changes to save.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="401" />
            <source>排班有冲突</source>
            <translation>Rota has conflicts</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="402" />
            <source>排班还有 {n} 处冲突（见下方列表）。仍要保存吗？</source>
            <translation>The rota still has {n} conflicts (see the list below). Save anyway?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_page.py" line="411" />
            <source>已保存：排入 {a} 人次，移出 {r} 人次。</source>
            <translation>Saved: {a} assignments added, {r} removed.</translation>
        </message>
    </context>
    <context>
        <name>RotaSetupActions</name>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="299" />
            <source>新生成 {n} 个班次（已有 {e} 个）。</source>
            <translation>{n} new shifts generated ({e} already existed).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="302" />
            <source>节假日数据不全</source>
            <translation>Holiday data incomplete</translation>
        </message>
    </context>
    <context>
        <name>RotationDialog</name>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="205" />
            <source>社区轮值</source>
            <translation>Community rotation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="216" />
            <source>街道/镇(&amp;T)</source>
            <translation>Subdis&amp;trict</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="217" />
            <source>轮值起始日(&amp;S)</source>
            <translation>Rotation &amp;start date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="220" />
            <source>勾选参加轮值的居委会，拖动调整顺序；从起始日起每个法定工作日由一个居委会轮值。全部不选则停用轮值。</source>
            <translation>Tick the neighbourhood committees that take part in the rotation and drag to change the order; from the start date, one committee is on rotation each statutory working day. Untick all to turn the rotation off.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="225" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="226" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ScreenLock</name>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="250" />
            <source>社工站工作台已锁定</source>
            <translation>StationDesk is locked</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/lock.py" line="256" />
            <source>社工站工作台（已锁定）</source>
            <translation>StationDesk (locked)</translation>
        </message>
    </context>
    <context>
        <name>SecuritySection</name>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="41" />
            <source>我的账户</source>
            <translation>My account</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="44" />
            <source>当前用户：{u}（{n}）</source>
            <translation>Current user: {u} ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="47" />
            <source>修改密码(&amp;W)…</source>
            <translation>Change pass&amp;word…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="51" />
            <source>本站安全设置</source>
            <translation>Station security settings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="56" />
            <source> 分钟</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="58" />
            <source>社工可查看本站全部个案</source>
            <translation>Caseworkers can see all cases at this station</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="61" />
            <source>不勾选时，社工只看本人及同组的个案。</source>
            <translation>When unticked, caseworkers see only their own and their team's cases.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="63" />
            <source>保存设置(&amp;S)</source>
            <translation>&amp;Save settings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="65" />
            <source>无操作自动锁定(&amp;L)</source>
            <translation>Auto-&amp;lock when idle for</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="91" />
            <source>安全设置</source>
            <translation>Security settings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="91" />
            <source>设置已保存。</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="99" />
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/security_section.py" line="99" />
            <source>密码已修改，下次登录请使用新密码。</source>
            <translation>Password changed. Use the new password next time you sign in.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="30" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="37" />
            <location filename="../../desktop/ui/admin/info_pages.py" line="58" />
            <source>本机</source>
            <translation>This computer</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="41" />
            <source>站点名称</source>
            <translation>Station name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="42" />
            <source>站点代码</source>
            <translation>Station code</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="43" />
            <source>所属区</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="44" />
            <source>模式</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="45" />
            <source>数据库版本</source>
            <translation>Database version</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="46" />
            <source>数据目录</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="47" />
            <source>程序版本</source>
            <translation>Program version</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="59" />
            <source>账户与安全</source>
            <translation>Account and security</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="62" />
            <source>用户</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="65" />
            <source>备份与恢复</source>
            <translation>Backup and restore</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="85" />
            <source>区级</source>
            <translation>District office</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/info_pages.py" line="85" />
            <source>社工站</source>
            <translation>Station</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="32" />
            <source>初始设置 — 社工站工作台</source>
            <translation>Initial setup — StationDesk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="34" />
            <source>下一步</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="35" />
            <source>上一步</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="36" />
            <source>完成</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="37" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="40" />
            <source>本机所属站点</source>
            <translation>This computer's station</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="41" />
            <source>这些信息用于表单页眉和与区里交换数据，站点代码设定后不能更改。</source>
            <translation>This information is used in form headers and for data exchange with the district office. The station code cannot be changed once set.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="43" />
            <source>如 XH-LYL</source>
            <translation>e.g. XH-LYL</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="45" />
            <source>如 凌云路街道精神健康社工站</source>
            <translation>e.g. 凌云路街道精神健康社工站</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="49" />
            <source>社工站</source>
            <translation>Station</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="51" />
            <source>区级（区精神卫生中心 / 区社工总站）</source>
            <translation>District office (district mental health centre / social-work head station)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="53" />
            <source>站点代码</source>
            <translation>Station code</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="54" />
            <source>站点名称</source>
            <translation>Station name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="55" />
            <source>所属区</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="59" />
            <source>模式</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="65" />
            <source>第一位管理员</source>
            <translation>First administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="66" />
            <source>管理员负责添加其他用户；按规定，管理员账户默认不查看个案内容。</source>
            <translation>The administrator adds the other users. As the rules require, administrator accounts do not see case content by default.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="77" />
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="78" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="79" />
            <source>密码（至少 8 位）</source>
            <translation>Password (at least 8 characters)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="80" />
            <source>再次输入密码</source>
            <translation>Re-enter password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="91" />
            <source>两次输入的密码不一致。</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="113" />
            <source>数据库恢复密钥</source>
            <translation>Database recovery key</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/setup_wizard.py" line="115" />
            <source>本站的数据库已加密。请把下面的恢复密钥抄写或打印下来，锁入站点的保险柜；忘记密码或站长离任时，凭它可以为用户设置新密码。它不会再次显示。

{key}</source>
            <translation>This station's database is encrypted. Copy or print the recovery key below and lock it in the station's safe; with it a user can be given a new password when a password is forgotten or the lead has left. It is not shown again.

{key}</translation>
        </message>
    </context>
    <context>
        <name>SheetExports</name>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="66" />
            <source>当前列表(&amp;C)…</source>
            <translation>&amp;Current list…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="72" />
            <source>服务对象名单(&amp;K)…</source>
            <translation>Client &amp;list…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="73" />
            <source>访视记录(&amp;V)…</source>
            <translation>&amp;Visit records…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="74" />
            <source>志愿者名单(&amp;Z)…</source>
            <translation>Volu&amp;nteer list…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="75" />
            <source>志愿服务时长(&amp;H)…</source>
            <translation>Volunteer service &amp;hours…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="82" />
            <source>月度统计(&amp;M)…</source>
            <translation>&amp;Monthly figures…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="89" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="89" />
            <source>导出为 Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="101" />
            <source>月份（YYYY-MM）：</source>
            <translation>Month (YYYY-MM):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="101" />
            <source>月度统计</source>
            <translation>Monthly figures</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="109" />
            <source>导出完成</source>
            <translation>Export complete</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="110" />
            <source>已导出 {n} 行到
{path}</source>
            <translation>Exported {n} rows to
{path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="119" />
            <source>导出 Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="119" />
            <source>当前页面没有可导出的列表。</source>
            <translation>There is no list on this page to export.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sheets/export_actions.py" line="136" />
            <source>月度统计-{month}.xlsx</source>
            <translation>Monthly-figures-{month}.xlsx</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <location filename="../../desktop/ui/shell/sign_in.py" line="38" />
            <source>社工站工作台 — 请登录</source>
            <translation>StationDesk — please sign in</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/sign_in.py" line="46" />
            <source>用户名(&amp;U)</source>
            <translation>&amp;Username</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/sign_in.py" line="47" />
            <source>密码(&amp;P)</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/sign_in.py" line="56" />
            <location filename="../../desktop/ui/shell/sign_in.py" line="108" />
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/sign_in.py" line="57" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/sign_in.py" line="97" />
            <source>请输入用户名和密码。</source>
            <translation>Please enter your username and password.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/sign_in.py" line="108" />
            <source>正在登录…</source>
            <translation>Signing in…</translation>
        </message>
    </context>
    <context>
        <name>SocialWorkSection</name>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="347" />
            <source>本次目标(&amp;G)</source>
            <translation>&amp;Goal of this visit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="348" />
            <source>服务内容与过程(&amp;T)</source>
            <translation>Ser&amp;vice content and process</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="349" />
            <source>服务对象状态</source>
            <translation>Client's condition</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="350" />
            <source>需求</source>
            <translation>Needs</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="351" />
            <source>提供的服务</source>
            <translation>Services provided</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="352" />
            <source>下一步计划(&amp;L)</source>
            <translation>Next-step &amp;plan</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="357" />
            <source>社工服务记录</source>
            <translation>Social-work service record</translation>
        </message>
    </context>
    <context>
        <name>SourceCombo</name>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="75" />
            <source>（信息来源）</source>
            <translation>(information source)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_sections.py" line="76" />
            <source>信息来源：患者/家属自述、精防医生告知、病历/出院小结或社工观察</source>
            <translation>Information source: patient/family report, told by the mental-health doctor, medical record/discharge summary, or caseworker's observation</translation>
        </message>
    </context>
    <context>
        <name>SupplementDialog</name>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="103" />
            <source>节假日补充</source>
            <translation>Add holiday dates</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="112" />
            <source>每行一个放假日期（周一至周五），如：
2027-01-01 元旦</source>
            <translation>One day off per line (Monday to Friday), e.g.:
2027-01-01 New Year's Day</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="114" />
            <source>每行一个调休上班日期（周六或周日），如：
2027-02-07 春节</source>
            <translation>One make-up working day per line (Saturday or Sunday), e.g.:
2027-02-07 Spring Festival</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="116" />
            <source>年份(&amp;Y)</source>
            <translation>&amp;Year</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="118" />
            <source>放假日(&amp;O)</source>
            <translation>Days &amp;off</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="119" />
            <source>调休上班日(&amp;W)</source>
            <translation>Make-up &amp;working days</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="123" />
            <source>按国务院办公厅发布的当年节假日安排通知填写。</source>
            <translation>Fill in from the State Council General Office's notice on that year's public holidays.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="135" />
            <source>本程序已收录{year}年的法定节假日安排，无需补充。</source>
            <translation>The statutory holidays for {year} are already built in; nothing needs adding.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="138" />
            <source>本程序收录了{first}–{last}年的节假日安排；{year}年需要人工补充。</source>
            <translation>Holidays for {first}–{last} are built in; those for {year} must be added by hand.</translation>
        </message>
    </context>
    <context>
        <name>SwitchUser</name>
        <message>
            <location filename="../../desktop/ui/shell/switch_user.py" line="46" />
            <source>切换用户</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/switch_user.py" line="46" />
            <location filename="../../desktop/ui/shell/switch_user.py" line="79" />
            <source>退出程序</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/switch_user.py" line="48" />
            <source>还有 {n} 个窗口（如正在填写的访视表）未关闭，其中未保存的内容将会丢失。
要保留这些内容，请由当前用户解锁后保存（访视表可存为草稿）。

仍要继续吗？</source>
            <translation>{n} window(s) (such as a visit form being filled in) are still open; anything not saved in them will be lost.
To keep it, the current user should unlock and save (a visit form can be saved as a draft).

Continue anyway?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/switch_user.py" line="74" />
            <source>· {kind}（{n} 个窗口）</source>
            <translation>· {kind} ({n} window(s))</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/switch_user.py" line="76" />
            <source>已把 {n} 份访视记录存为草稿。

</source>
            <translation>{n} visit record(s) saved as drafts.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/switch_user.py" line="82" />
            <source>以下窗口中有未保存的修改，不能自动保存为草稿：
{kinds}

为免丢失，程序没有退出。请由当前用户解锁后保存或关闭这些窗口。</source>
            <translation>These windows hold unsaved changes that cannot be saved as drafts automatically:
{kinds}

So that nothing is lost, the program has not quit. The signed-in user should unlock and save or close these windows.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="49" />
            <source>周一</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="50" />
            <source>周二</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="51" />
            <source>周三</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="52" />
            <source>周四</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="53" />
            <source>周五</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="54" />
            <source>周六</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="55" />
            <source>周日</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="66" />
            <source>班次模板</source>
            <translation>Shift templates</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="70" />
            <source>添加模板(&amp;A)</source>
            <translation>&amp;Add template</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="73" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="87" />
            <source>人数</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="87" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="87" />
            <source>技能</source>
            <translation>Skill</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="87" />
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="127" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="87" />
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="120" />
            <source>星期</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="87" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="92" />
            <source>停用 / 启用所选(&amp;D)</source>
            <translation>&amp;Disable / enable selected</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="99" />
            <source>新增模板</source>
            <translation>New template</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="101" />
            <source>如：前台接待</source>
            <translation>e.g. Front desk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="106" />
            <source>仅法定工作日（含调休上班日；不选星期则每个工作日）</source>
            <translation>Statutory working days only (including make-up working days; if no weekday is ticked, every working day)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="119" />
            <source>名称(&amp;T)</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="128" />
            <source>人数上限(&amp;C)</source>
            <translation>&amp;Capacity</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="129" />
            <source>所需技能(&amp;K)</source>
            <translation>Required s&amp;kill</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="130" />
            <source>地点(&amp;L)</source>
            <translation>&amp;Location</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="131" />
            <source>启用日期</source>
            <translation>Effective from</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="142" />
            <source>每个工作日</source>
            <translation>Every working day</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="144" />
            <source>（节假日除外）</source>
            <translation> (except holidays)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="151" />
            <source>停用</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_setup_dialogs.py" line="151" />
            <source>启用</source>
            <translation>Active</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="45" />
            <source>{name}（{code}）</source>
            <translation>{name} ({code})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="58" />
            <source>转移到其他站点</source>
            <translation>Transfer to another station</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="64" />
            <source>如：迁居到该站点辖区</source>
            <translation>e.g. moved into that station's area</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="67" />
            <source>转移后由接收站点负责该服务对象；原站点保留只读的历史记录。服务对象及其访视记录在下次向接收站点导出数据包时一并发送。</source>
            <translation>After the transfer the receiving station is responsible for the client; the old station keeps the history read-only. The client and their visit records go out with the next bundle exported to the receiving station.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="78" />
            <source>服务对象</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="79" />
            <source>现属站点</source>
            <translation>Current station</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="80" />
            <source>接收站点</source>
            <translation>Receiving station</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="81" />
            <source>转移原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="83" />
            <source>转移(&amp;T)</source>
            <translation>&amp;Transfer</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="84" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="101" />
            <source>还没有可以接收的站点：请先在“数据交换”页的“密钥与站点”中信任接收站点的登记文件。</source>
            <translation>No station can receive the client yet: first trust the receiving station's enrolment file under Data exchange, Keys and stations.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="114" />
            <source>请填写转移原因（至少 {n} 个字）。</source>
            <translation>Please give the reason for the transfer (at least {n} characters).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="120" />
            <source>把服务对象 {client} 从 {source} 转移到 {target}？

转移原因：{reason}</source>
            <translation>Transfer the client {client} from {source} to {target}?

Reason: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="126" />
            <source>确认转移</source>
            <translation>Confirm transfer</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="137" />
            <source>已转移</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exchange/transfer_dialog.py" line="138" />
            <source>已转移到 {target}，下次向该站点导出数据包时一并发送。</source>
            <translation>Transferred to {target}. The client goes out with the next bundle exported to that station.</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChangesGuard</name>
        <message>
            <location filename="../../desktop/ui/shell/unsaved.py" line="93" />
            <source>编辑窗口</source>
            <translation>Editing window</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="80" />
            <source>新建用户</source>
            <translation>New user</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="80" />
            <source>编辑用户</source>
            <translation>Edit user</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="88" />
            <source>同一小组的社工可以看到彼此的个案</source>
            <translation>Caseworkers in the same team can see each other's cases</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="90" />
            <source>用户名(&amp;U)</source>
            <translation>&amp;Username</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="91" />
            <source>姓名(&amp;N)</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="92" />
            <source>角色(&amp;R)</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="93" />
            <source>小组(&amp;T)</source>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="101" />
            <source>临时密码：&lt;b style='font-family: monospace; font-size: 16px'&gt;{p}&lt;/b&gt;&lt;br&gt;请当面告知该用户；首次登录时须修改密码。</source>
            <translation>Temporary password: &lt;b style='font-family: monospace; font-size: 16px'&gt;{p}&lt;/b&gt;&lt;br&gt;Tell the user in person; they must change it when they first sign in.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="108" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="109" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="54" />
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="55" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="56" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="57" />
            <source>小组</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="58" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="60" />
            <source>上次登录</source>
            <translation>Last sign-in</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="67" />
            <source>已停用</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="69" />
            <source>已锁定（登录失败过多）</source>
            <translation>Locked (too many failed sign-ins)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="71" />
            <source>待修改密码</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="72" />
            <source>正常</source>
            <translation>Active</translation>
        </message>
    </context>
    <context>
        <name>UsersSection</name>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="134" />
            <source>新建用户(&amp;N)…</source>
            <translation>&amp;New user…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="135" />
            <source>编辑(&amp;E)…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="136" />
            <location filename="../../desktop/ui/admin/users_section.py" line="182" />
            <source>停用(&amp;D)</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="137" />
            <source>重置密码(&amp;P)…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="149" />
            <source>同一小组的社工可以看到彼此的个案；站长看全站个案；系统管理员只管理账户，不能查看个案内容。用户不能删除，只能停用（停用后不能登录，历史记录保留）。</source>
            <translation>Caseworkers in the same team can see each other's cases; the station lead sees all cases at the station; administrators only manage accounts and cannot see case content. Users cannot be deleted, only deactivated (they can then no longer sign in, and their history is kept).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="182" />
            <source>启用(&amp;A)</source>
            <translation>&amp;Activate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="187" />
            <source>用户</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="213" />
            <source>停用用户</source>
            <translation>Deactivate user</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="214" />
            <source>停用后该用户不能再登录，记录仍保留。确定停用 {u} 吗？</source>
            <translation>Once deactivated, the user can no longer sign in; their records are kept. Deactivate {u}?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="227" />
            <source>重置密码</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="228" />
            <source>为 {u} 设置临时密码并解除锁定？该用户下次登录时须修改密码。</source>
            <translation>Set a temporary password for {u} and unlock the account? They must change the password at their next sign-in.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/users_section.py" line="234" />
            <source>{u} 的临时密码：{p}
请当面告知该用户。</source>
            <translation>Temporary password for {u}: {p}
Tell the user in person.</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="53" />
            <source>初次处置：2周内复访</source>
            <translation>Initial handling: revisit within 2 weeks</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="54" />
            <source>处置后已稳定：3个月</source>
            <translation>Stable after handling: 3 months</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="55" />
            <source>处置无效已建议转诊：2周内复查</source>
            <translation>Handling ineffective, referral advised: recheck within 2 weeks</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="81" />
            <source>访视记录 — {name}</source>
            <translation>Visit record — {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="103" />
            <source>（按建议）</source>
            <translation>(as suggested)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="106" />
            <source>与建议不同时必填，至少10个字；由站长定稿</source>
            <translation>Required when different from the suggestion, at least 10 characters; finalised by the station lead</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="115" />
            <source>记录通知情况(&amp;E)…</source>
            <translation>Record &amp;who was notified…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="116" />
            <source>分类与下次随访</source>
            <translation>Classification and next visit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="119" />
            <source>系统建议</source>
            <translation>System suggestion</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="120" />
            <source>本次随访分类(&amp;C)</source>
            <translation>&amp;Classification of this visit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="122" />
            <source>调整理由</source>
            <translation>Reason for change</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="123" />
            <source>处置阶段</source>
            <translation>Handling stage</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="124" />
            <source>下次随访日期(&amp;N)</source>
            <translation>Ne&amp;xt visit date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="125" />
            <source>风险上报</source>
            <translation>Risk reporting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="130" />
            <source>补充说明（原记录保持不变）</source>
            <translation>Addenda (original record unchanged)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="137" />
            <source>保存草稿(&amp;S)</source>
            <translation>&amp;Save draft</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="138" />
            <source>定稿(&amp;F)</source>
            <translation>&amp;Finalise</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="139" />
            <source>添加补充说明(&amp;A)…</source>
            <translation>&amp;Add addendum…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="140" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="158" />
            <source>提示（不影响保存）：</source>
            <translation>Notes (do not prevent saving):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="223" />
            <source>批准：{name}（站长）</source>
            <translation>Approved by {name} (station lead)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="232" />
            <source>{n}. {at} {author}：{text}</source>
            <translation>{n}. {at} {author}: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="237" />
            <source>（暂无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="255" />
            <source>已定稿，只读</source>
            <translation>Finalised, read-only</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="255" />
            <source>草稿</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="274" />
            <source>完成危险性评估后给出建议。</source>
            <translation>A suggestion appears once the risk assessment is done.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="277" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="278" />
            <source>&lt;b&gt;{name}&lt;/b&gt;　{reasons}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;  {reasons}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="284" />
            <source>建议：{d}</source>
            <translation>Suggestion: {d}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="292" />
            <source>{party}{name}（{at} {channel}）</source>
            <translation>{party} {name} ({at}, {channel})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="293" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="296" />
            <source>危险性3级及以上：保存前须记录通知情况。</source>
            <translation>Risk level 3 or above: record who was notified before saving.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="298" />
            <source>无需上报</source>
            <translation>No report needed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="323" />
            <source>已定稿</source>
            <translation>Finalised</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="323" />
            <source>该访视记录已定稿，不能修改；如需更正请添加补充说明。</source>
            <translation>This visit record is finalised and cannot be changed. To correct it, add an addendum.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="332" />
            <source>请填写死亡日期和死亡原因。</source>
            <translation>Please enter the date and cause of death.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="332" />
            <source>请检查输入</source>
            <translation>Please check your entries</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="381" />
            <source>添加补充说明</source>
            <translation>Add addendum</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="382" />
            <source>补充或更正的内容（原记录不变，补充说明与原记录一并保存和打印）：</source>
            <translation>Addition or correction (the original record stays unchanged; the addendum is saved and printed with it):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="383" />
            <source>保存(&amp;O)</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_dialog.py" line="435" />
            <source>访视记录</source>
            <translation>Visit record</translation>
        </message>
    </context>
    <context>
        <name>VisitHeader</name>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="17" />
            <source>正常随访</source>
            <translation>Regular visit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="18" />
            <location filename="../../desktop/ui/casework/visit_header.py" line="52" />
            <source>失访</source>
            <translation>Lost to follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="19" />
            <location filename="../../desktop/ui/casework/visit_header.py" line="58" />
            <source>死亡</source>
            <translation>Death</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="40" />
            <source>基本情况</source>
            <translation>Basic information</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="43" />
            <source>随访日期(&amp;D)</source>
            <translation>Visit &amp;date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="44" />
            <source>随访形式(&amp;M)</source>
            <translation>Visit &amp;mode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="45" />
            <source>随访对象(&amp;O)</source>
            <translation>Pers&amp;on seen</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="46" />
            <source>开始 / 结束时间</source>
            <translation>Start / end time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="47" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="48" />
            <source>本次情况(&amp;W)</source>
            <translation>Ou&amp;tcome</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="50" />
            <location filename="../../desktop/ui/casework/visit_header.py" line="55" />
            <source>（请选择）</source>
            <translation>(please choose)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="53" />
            <source>失访原因</source>
            <translation>Reason lost to follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="56" />
            <source>（躯体疾病时选择）</source>
            <translation>(if physical illness)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="60" />
            <source>死亡日期</source>
            <translation>Date of death</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_header.py" line="61" />
            <source>死亡原因</source>
            <translation>Cause of death</translation>
        </message>
    </context>
    <context>
        <name>VisitHistoryModel</name>
        <message>
            <location filename="../../desktop/ui/casework/visits_model.py" line="16" />
            <source>随访日期</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_model.py" line="17" />
            <source>形式</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_model.py" line="19" />
            <source>{n} 级</source>
            <translation>Level {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_model.py" line="19" />
            <source>危险性</source>
            <translation>Risk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_model.py" line="21" />
            <source>分类</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_model.py" line="22" />
            <source>下次随访</source>
            <translation>Next visit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_model.py" line="23" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_model.py" line="24" />
            <source>随访人员</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_model.py" line="25" />
            <source>摘要</source>
            <translation>Summary</translation>
        </message>
    </context>
    <context>
        <name>VisitListModel</name>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="36" />
            <source>随访日期</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="37" />
            <source>服务对象</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="38" />
            <source>形式</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="40" />
            <source>{n} 级</source>
            <translation>Level {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="40" />
            <source>危险性</source>
            <translation>Risk level</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="42" />
            <source>分类</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="43" />
            <source>下次随访</source>
            <translation>Next visit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="44" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="45" />
            <source>随访人员</source>
            <translation>Visitor</translation>
        </message>
    </context>
    <context>
        <name>VisitReviewDialog</name>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="23" />
            <source>正常随访</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="24" />
            <source>失访</source>
            <translation>Lost to follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="25" />
            <source>死亡</source>
            <translation>Death</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="33" />
            <source>定稿前核对</source>
            <translation>Check before finalising</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="42" />
            <source>返回修改(&amp;B)</source>
            <translation>&amp;Back to the form</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="43" />
            <source>确认定稿(&amp;F)</source>
            <translation>Confirm and &amp;finalise</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="61" />
            <source>本次情况</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="64" />
            <source>随访分类</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="65" />
            <source>下次随访日期</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="67" />
            <source>否：不改变随访计划</source>
            <translation>No: the follow-up schedule does not change</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="67" />
            <source>是：更新随访计划与重点关注</source>
            <translation>Yes: updates the schedule and the key-attention flag</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="68" />
            <source>计为一次随访</source>
            <translation>Counts as a follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="70" />
            <source>须通知</source>
            <translation>Must be notified</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="75" />
            <source>国家随访表尚缺以下项目：</source>
            <translation>The national follow-up form still lacks:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="79" />
            <source>不能定稿：</source>
            <translation>Cannot be finalised:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="81" />
            <source>定稿后记录只读，更正只能以补充说明添加。</source>
            <translation>Once finalised the record is read-only; corrections can only be added as addenda.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visit_review_dialog.py" line="90" />
            <source>（系统建议：{name}）</source>
            <translation> (suggested: {name})</translation>
        </message>
    </context>
    <context>
        <name>VisitsPage</name>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="68" />
            <source>访视记录</source>
            <translation>Visit records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="72" />
            <source>全部形式</source>
            <translation>All modes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="73" />
            <source>全部分类</source>
            <translation>All classifications</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="74" />
            <source>全部状态</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="75" />
            <source>筛选(&amp;L)</source>
            <translation>Fi&amp;lter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="79" />
            <source>从</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="80" />
            <source>到</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="115" />
            <source>（向下滚动加载更多）</source>
            <translation> (scroll down to load more)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/visits_page.py" line="116" />
            <source>显示 {n} 条访视记录，新的在前</source>
            <translation>Showing {n} visit records, newest first</translation>
        </message>
    </context>
    <context>
        <name>VolunteerDialog</name>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="52" />
            <source>登记志愿者</source>
            <translation>Register volunteer</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="52" />
            <source>编辑志愿者</source>
            <translation>Edit volunteer</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="70" />
            <source>上海志愿者网统一编号（可稍后补填）</source>
            <translation>volunteer.sh.cn unified number (can be added later)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="72" />
            <source>（未填）</source>
            <translation>(not filled)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="74" />
            <source>用顿号或逗号分隔，如：心理支持、文书整理</source>
            <translation>Separate with commas, e.g. psychological support, paperwork</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="81" />
            <source>姓名(&amp;N)</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="82" />
            <source>证件类型</source>
            <translation>ID type</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="83" />
            <source>证件号码(&amp;I)</source>
            <translation>&amp;ID number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="84" />
            <source>手机(&amp;P)</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="85" />
            <source>志愿者编号(&amp;O)</source>
            <translation>V&amp;olunteer number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="86" />
            <source>居住区域(&amp;R)</source>
            <translation>&amp;Residential area</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="87" />
            <source>所属居委会(&amp;H)</source>
            <translation>Neig&amp;hbourhood committee</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="88" />
            <source>专业技能(&amp;K)</source>
            <translation>S&amp;kills</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="89" />
            <source>加入日期</source>
            <translation>Date joined</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="90" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="96" />
            <source>培训名称</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="96" />
            <source>学时</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="96" />
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="101" />
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="105" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="97" />
            <source>主办单位</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="97" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="100" />
            <source>授予单位</source>
            <translation>Awarded by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="100" />
            <source>级别</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="100" />
            <source>表彰名称</source>
            <translation>Award</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="104" />
            <source>等级</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="104" />
            <source>评价主体</source>
            <translation>Evaluated by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="104" />
            <source>评价内容</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="108" />
            <source>基本信息</source>
            <translation>Basic information</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="109" />
            <source>可服务时间</source>
            <translation>Availability</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="110" />
            <source>培训</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="111" />
            <source>表彰奖励</source>
            <translation>Awards</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="112" />
            <source>评价</source>
            <translation>Evaluations</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="119" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="120" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>VolunteerTableModel</name>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="30" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="31" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="32" />
            <source>手机</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="33" />
            <source>志愿者编号</source>
            <translation>Volunteer number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="34" />
            <source>技能</source>
            <translation>Skill</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/models.py" line="35" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>VolunteersPage</name>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="171" />
            <source>志愿者</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="177" />
            <source>志愿者名册(&amp;1)</source>
            <translation>&amp;1 Volunteer register</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="178" />
            <source>服务时长(&amp;2)</source>
            <translation>&amp;2 Service hours</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="179" />
            <source>服务证明(&amp;3)</source>
            <translation>&amp;3 Certificates</translation>
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="32" />
            <source>保存(&amp;S)</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/client_people_dialogs.py" line="33" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../desktop/app.py" line="69" />
            <source>正在生成演示数据，请稍候……</source>
            <translation>Generating demo data, please wait…</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="71" />
            <location filename="../../desktop/app.py" line="136" />
            <source>社工站工作台</source>
            <translation>StationDesk</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="186" />
            <location filename="../../desktop/app.py" line="357" />
            <location filename="../../desktop/ui/startup/opening.py" line="123" />
            <source>无法启动</source>
            <translation>Cannot start</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="219" />
            <source>演示账户：liming（社工）或 wangfang（站长），密码 {p}</source>
            <translation>Demo accounts: liming (caseworker) or wangfang (station lead), password {p}</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="308" />
            <source>志愿者签到</source>
            <translation>Volunteer check-in</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/startup_checks.py" line="35" />
            <location filename="../../desktop/ui/startup/startup_checks.py" line="107" />
            <source>数据库已损坏</source>
            <translation>Database damaged</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/startup_checks.py" line="42" />
            <source>启动检查发现数据库文件已损坏（SQLite 完整性检查未通过），可能是断电或磁盘故障所致，且 backups 文件夹中没有完好的备份。程序不会改动该文件；请联系技术支持。

数据目录：{dir}</source>
            <translation>The start-up check found that the database file is damaged (SQLite integrity check failed), possibly because of a power cut or disk fault, and there is no intact backup in the backups folder. The program will not change the file; please contact technical support.

Data folder: {dir}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/startup_checks.py" line="52" />
            <source>启动检查发现数据库文件已损坏（SQLite 完整性检查未通过），可能是断电或磁盘故障所致。

最近一份完好的备份写于 {when}（backups 文件夹中的 {file}）。是否用它恢复？损坏的文件会先另存到 backups 文件夹；该备份之后录入的内容需要重新录入。

选择“否”将退出程序，不改动任何文件。</source>
            <translation>The start-up check found that the database file is damaged (SQLite integrity check failed), possibly because of a power cut or disk fault.

The most recent intact backup was written at {when} ({file} in the backups folder). Restore from it? The damaged file will first be saved to the backups folder; anything entered after that backup will need to be entered again.

Choose "No" to quit the program without changing any file.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/startup_checks.py" line="60" />
            <source>已从 {when} 的备份恢复。</source>
            <translation>Restored from the backup of {when}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/startup_checks.py" line="107" />
            <source>程序现在关闭，请重新启动。</source>
            <translation>The program will now close. Please start it again.</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="20" />
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="21" />
            <source>退出登录</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="22" />
            <source>登录失败</source>
            <translation>Sign-in failed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="23" />
            <source>账户锁定</source>
            <translation>Account lockout</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="24" />
            <source>屏幕锁定</source>
            <translation>Lock screen</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="25" />
            <source>解锁</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="26" />
            <source>解锁失败</source>
            <translation>Unlock failed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="27" />
            <source>打开服务对象</source>
            <translation>Open client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="28" />
            <source>显示完整信息</source>
            <translation>Reveal full details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="29" />
            <source>新建</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="30" />
            <source>修改</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="31" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="32" />
            <source>作废</source>
            <translation>Void</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="33" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="34" />
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="35" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="36" />
            <source>密钥变更</source>
            <translation>Key change</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="37" />
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="38" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="39" />
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="40" />
            <source>修改设置</source>
            <translation>Change settings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="41" />
            <source>初始设置</source>
            <translation>Initial setup</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="42" />
            <source>生成演示数据</source>
            <translation>Generate demo data</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="43" />
            <source>新建用户</source>
            <translation>New user</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="44" />
            <source>修改用户</source>
            <translation>Change user</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="45" />
            <source>启用用户</source>
            <translation>Activate user</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="46" />
            <source>停用用户</source>
            <translation>Deactivate user</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="47" />
            <source>重置密码</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="48" />
            <source>审计链启用密钥</source>
            <translation>Audit chain keyed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="53" />
            <source>成功</source>
            <translation>Success</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="54" />
            <source>密码错误</source>
            <translation>Wrong password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="55" />
            <source>打开数据库时密码错误</source>
            <translation>Wrong password when opening the database</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="56" />
            <source>账户已锁定</source>
            <translation>Account locked</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="57" />
            <source>无此用户</source>
            <translation>No such user</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="58" />
            <source>账户已停用</source>
            <translation>Account deactivated</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="59" />
            <source>手动备份</source>
            <translation>Manual backup</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="60" />
            <source>每日备份</source>
            <translation>Daily backup</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="62" />
            <source>已开始</source>
            <translation>Started</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="63" />
            <source>失败</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="64" />
            <source>此前的链已断开</source>
            <translation>Earlier chain broken</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="65" />
            <source>密钥缺失，重新起链</source>
            <translation>Key missing, chain restarted</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="67" />
            <source>命令行</source>
            <translation>Command line</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="71" />
            <location filename="../../desktop/ui/admin/audit_labels.py" line="148" />
            <source>服务对象</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="72" />
            <source>访视</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="73" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="74" />
            <source>站点</source>
            <translation>Station</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="75" />
            <source>数据库</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="76" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="77" />
            <source>监护人</source>
            <translation>Guardians</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="78" />
            <source>志愿者</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="79" />
            <source>访视补充说明</source>
            <translation>Visit addendum</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="80" />
            <source>知情同意</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="81" />
            <source>服务记录</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="82" />
            <source>班次</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="83" />
            <source>班次模板</source>
            <translation>Shift template</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="84" />
            <source>排班表</source>
            <translation>Rota</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="85" />
            <source>服务证明</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="86" />
            <source>出具单位信息</source>
            <translation>Issuer details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="87" />
            <source>时长取整规则</source>
            <translation>Hours rounding</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="88" />
            <source>居委轮值</source>
            <translation>Committee rotation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="89" />
            <source>节假日补充</source>
            <translation>Holiday supplement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="90" />
            <source>本站密钥</source>
            <translation>Station keys</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="91" />
            <source>对方站点</source>
            <translation>Partner station</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="92" />
            <source>数据交换包</source>
            <translation>Exchange bundle</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="93" />
            <source>数据冲突</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="94" />
            <source>空白访视表（批量）</source>
            <translation>Blank visit forms (batch)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="95" />
            <source>月度工作统计</source>
            <translation>Monthly statistics</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="99" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="100" />
            <source>姓名拼音</source>
            <translation>Name (pinyin)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="101" />
            <source>拼音首字母</source>
            <translation>Pinyin initials</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="102" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="103" />
            <source>出生日期</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="104" />
            <source>出生日期精度</source>
            <translation>Date of birth precision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="105" />
            <source>证件类型</source>
            <translation>ID type</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="106" />
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="107" />
            <source>原始证件号码</source>
            <translation>ID number as entered</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="108" />
            <source>证件号码索引</source>
            <translation>ID number index</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="109" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="110" />
            <source>原始联系电话</source>
            <translation>Phone as entered</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="111" />
            <source>手机尾号</source>
            <translation>Phone last digits</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="112" />
            <location filename="../../desktop/ui/admin/audit_labels.py" line="241" />
            <source>区</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="113" />
            <source>街道 / 镇</source>
            <translation>Subdistrict / town</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="114" />
            <source>居委会 / 村委会</source>
            <translation>Neighbourhood committee</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="115" />
            <source>行政区划版本</source>
            <translation>Division list year</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="116" />
            <source>居委会（手填）</source>
            <translation>Neighbourhood committee (typed)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="117" />
            <source>详细地址</source>
            <translation>Street address</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="118" />
            <source>户别</source>
            <translation>Household registration</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="119" />
            <source>就业情况</source>
            <translation>Employment</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="120" />
            <source>经济状况</source>
            <translation>Economic status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="121" />
            <source>婚姻状况</source>
            <translation>Marital status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="122" />
            <source>文化程度</source>
            <translation>Education</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="123" />
            <source>民族</source>
            <translation>Ethnicity</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="124" />
            <source>健康档案编号</source>
            <translation>Health record number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="125" />
            <source>居委联系人</source>
            <translation>Committee contact</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="126" />
            <source>居委联系电话</source>
            <translation>Committee phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="127" />
            <source>诊断</source>
            <translation>Diagnosis</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="128" />
            <source>确诊医院</source>
            <translation>Diagnosing hospital</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="129" />
            <source>确诊日期</source>
            <translation>Date of diagnosis</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="130" />
            <source>初次发病时间</source>
            <translation>Onset date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="131" />
            <source>发病时间精度</source>
            <translation>Onset date precision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="132" />
            <source>来源</source>
            <translation>Referral source</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="133" />
            <source>登记日期</source>
            <translation>Registered on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="134" />
            <source>管理状态</source>
            <translation>Management status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="135" />
            <source>状态原因</source>
            <translation>Status reason</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="136" />
            <source>状态日期</source>
            <translation>Status date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="137" />
            <source>负责社工</source>
            <translation>Caseworker</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="138" />
            <source>负责社工姓名</source>
            <translation>Caseworker name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="139" />
            <source>服务对象类别</source>
            <translation>Client categories</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="140" />
            <source>关爱帮扶小组</source>
            <translation>Care team</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="141" />
            <source>重点关注</source>
            <translation>Close attention</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="142" />
            <source>精准扶贫</source>
            <translation>Targeted poverty relief</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="143" />
            <source>监护补贴</source>
            <translation>Guardian subsidy</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="144" />
            <source>精神残疾证</source>
            <translation>Disability certificate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="145" />
            <source>家庭医生签约</source>
            <translation>Family doctor</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="146" />
            <source>社区康复</source>
            <translation>Community rehabilitation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="147" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="149" />
            <source>访视日期</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="150" />
            <source>开始时间</source>
            <translation>Start time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="151" />
            <source>结束时间</source>
            <translation>End time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="152" />
            <source>随访形式</source>
            <translation>Contact mode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="153" />
            <source>访视对象</source>
            <translation>People seen</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="154" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="155" />
            <source>随访人员</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="156" />
            <source>随访人员姓名</source>
            <translation>Visitor name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="157" />
            <source>随访人员身份</source>
            <translation>Visitor role</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="158" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="159" />
            <source>定稿时间</source>
            <translation>Finalised at</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="160" />
            <source>失访原因</source>
            <translation>Reason lost to contact</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="161" />
            <source>失访原因（其他）</source>
            <translation>Reason lost to contact (other)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="162" />
            <source>死亡日期</source>
            <translation>Date of death</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="163" />
            <source>死亡原因</source>
            <translation>Cause of death</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="164" />
            <source>躯体疾病</source>
            <translation>Physical illness</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="165" />
            <source>死亡原因（其他）</source>
            <translation>Cause of death (other)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="166" />
            <source>危险性评估</source>
            <translation>Risk level</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="167" />
            <source>目前症状</source>
            <translation>Current symptoms</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="168" />
            <source>目前症状（其他）</source>
            <translation>Current symptoms (other)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="169" />
            <source>自知力</source>
            <translation>Insight</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="170" />
            <source>睡眠情况</source>
            <translation>Sleep</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="171" />
            <source>饮食情况</source>
            <translation>Diet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="172" />
            <source>个人生活料理</source>
            <translation>Self-care</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="173" />
            <source>家务劳动</source>
            <translation>Housework</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="174" />
            <source>生产劳动及工作</source>
            <translation>Work</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="175" />
            <source>学习能力</source>
            <translation>Learning</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="176" />
            <source>社会人际交往</source>
            <translation>Social contact</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="177" />
            <source>轻度滋事</source>
            <translation>Minor disturbance</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="178" />
            <source>肇事</source>
            <translation>Incident</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="179" />
            <source>肇祸</source>
            <translation>Serious incident</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="180" />
            <source>其他危害行为</source>
            <translation>Other harmful behaviour</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="181" />
            <source>自伤</source>
            <translation>Self-harm</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="182" />
            <source>自杀未遂</source>
            <translation>Suicide attempt</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="183" />
            <source>关锁情况</source>
            <translation>Confinement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="184" />
            <source>住院情况</source>
            <translation>Hospital stays</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="185" />
            <source>末次出院时间</source>
            <translation>Last discharge</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="186" />
            <source>出院时间精度</source>
            <translation>Last discharge precision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="187" />
            <source>实验室检查</source>
            <translation>Lab tests</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="188" />
            <source>实验室检查结果</source>
            <translation>Lab test results</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="189" />
            <source>用药依从性</source>
            <translation>Medication adherence</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="190" />
            <source>药物不良反应</source>
            <translation>Adverse drug reaction</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="191" />
            <source>不良反应描述</source>
            <translation>Adverse reaction details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="192" />
            <source>严重不良反应</source>
            <translation>Serious adverse reaction</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="193" />
            <source>治疗效果</source>
            <translation>Treatment effect</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="194" />
            <source>明显精神病性症状</source>
            <translation>Marked psychotic symptoms</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="195" />
            <source>严重躯体疾病</source>
            <translation>Serious physical illness</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="196" />
            <source>躯体疾病不稳定</source>
            <translation>Unstable physical illness</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="197" />
            <source>其他异常</source>
            <translation>Other abnormality</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="198" />
            <source>是否建议转诊</source>
            <translation>Referral suggested</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="199" />
            <source>是否已转诊</source>
            <translation>Referral made</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="200" />
            <source>转诊原因</source>
            <translation>Referral reason</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="201" />
            <source>转诊至</source>
            <translation>Referred to</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="202" />
            <source>用药情况</source>
            <translation>Medication</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="203" />
            <source>用药指导</source>
            <translation>Medication guidance</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="204" />
            <source>康复措施</source>
            <translation>Rehabilitation measures</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="205" />
            <source>康复措施（其他）</source>
            <translation>Rehabilitation (other)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="206" />
            <source>本次随访分类</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="207" />
            <source>建议分类</source>
            <translation>Suggested classification</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="208" />
            <source>更改分类的原因</source>
            <translation>Reason for changing the classification</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="209" />
            <source>批准调整分类的站长</source>
            <translation>Lead who approved the class</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="210" />
            <source>批准调整分类的站长姓名</source>
            <translation>Name of the lead who approved the class</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="211" />
            <source>随访阶段</source>
            <translation>Follow-up stage</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="212" />
            <source>下次随访日期</source>
            <translation>Next visit date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="213" />
            <source>信息来源</source>
            <translation>Information sources</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="214" />
            <source>访视目的</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="215" />
            <source>服务内容与过程</source>
            <translation>Service content and process</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="216" />
            <source>服务对象状况</source>
            <translation>Client's state</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="217" />
            <source>需求</source>
            <translation>Needs</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="218" />
            <source>提供的服务</source>
            <translation>Services provided</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="219" />
            <source>下一步计划</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="220" />
            <source>报告与处置</source>
            <translation>Escalation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="221" />
            <source>两周复访日期</source>
            <translation>Two-week follow-up due</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="222" />
            <source>内容</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="223" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="224" />
            <source>显示姓名</source>
            <translation>Display name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="225" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="226" />
            <source>小组</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="227" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="228" />
            <source>锁定期限</source>
            <translation>Locked until</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="229" />
            <source>启用</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="230" />
            <source>须修改密码</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="231" />
            <source>志愿者编号</source>
            <translation>Volunteer number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="232" />
            <source>居住地</source>
            <translation>Residence</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="233" />
            <source>特长</source>
            <translation>Skills</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="234" />
            <source>可服务时间</source>
            <translation>Availability</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="235" />
            <source>培训</source>
            <translation>Trainings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="236" />
            <source>表彰</source>
            <translation>Commendations</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="237" />
            <source>评价</source>
            <translation>Evaluations</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="238" />
            <source>加入日期</source>
            <translation>Joined on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="239" />
            <source>站点代码</source>
            <translation>Station code</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="240" />
            <source>所属站点</source>
            <translation>Station</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="242" />
            <source>打印语言</source>
            <translation>Print language</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="243" />
            <source>自动锁定时间</source>
            <translation>Auto-lock time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="244" />
            <source>社工可查看全站服务对象</source>
            <translation>Caseworkers see the whole station</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="245" />
            <source>服务对象记录</source>
            <translation>Client records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="246" />
            <source>访视记录</source>
            <translation>Visit records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="247" />
            <source>志愿者记录</source>
            <translation>Volunteer records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="248" />
            <source>班次记录</source>
            <translation>Shift records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="249" />
            <source>知情同意记录</source>
            <translation>Consent records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="250" />
            <source>监护人记录</source>
            <translation>Guardian records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="251" />
            <source>班次模板记录</source>
            <translation>Shift template records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="252" />
            <source>排班安排记录</source>
            <translation>Shift assignment records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="253" />
            <source>服务时长记录</source>
            <translation>Attendance records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="257" />
            <source>站点名称</source>
            <translation>Station name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="258" />
            <source>工作模式</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="259" />
            <source>所属区</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="281" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="289" />
            <source>{n} 分钟</source>
            <translation>{n} minutes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_labels.py" line="291" />
            <source>{kind}前备份</source>
            <translation>Backup before {kind}</translation>
        </message>
    </context>
    <context>
        <name>casework_dialogs</name>
        <message>
            <location filename="../../desktop/ui/casework/casework_dialogs.py" line="36" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>certificates</name>
        <message>
            <location filename="../../desktop/services/volunteers/certificates.py" line="86" />
            <source>已作废</source>
            <translation>Voided</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/certificates.py" line="86" />
            <source>已出具</source>
            <translation>Issued</translation>
        </message>
    </context>
    <context>
        <name>classification</name>
        <message>
            <location filename="../../desktop/domain/classification.py" line="125" />
            <source>危险性为0级，症状、自知力、社会功能及躯体情况均稳定。</source>
            <translation>Risk level 0; symptoms, insight, social functioning and physical health are all stable.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="132" />
            <source>危险性评估为{risk}级（3–5级）。</source>
            <translation>Risk assessment: level {risk} (levels 3–5).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="134" />
            <source>精神症状明显。</source>
            <translation>Marked psychotic symptoms.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="136" />
            <source>自知力缺失。</source>
            <translation>No insight.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="138" />
            <source>有急性或严重药物不良反应。</source>
            <translation>Acute or serious adverse drug reaction.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="140" />
            <source>有严重躯体疾病。</source>
            <translation>Serious physical illness.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="147" />
            <source>危险性评估为{risk}级（1–2级）。</source>
            <translation>Risk assessment: level {risk} (levels 1–2).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="149" />
            <source>仍有精神症状。</source>
            <translation>Psychotic symptoms still present.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="151" />
            <source>自知力不全。</source>
            <translation>Partial insight.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="153" />
            <source>社会功能有一项或多项较差。</source>
            <translation>One or more areas of social functioning are poor.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="161" />
            <source>自知力未填写，无法判定为稳定。</source>
            <translation>Insight is not filled in, so the visit cannot be classified as stable.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="164" />
            <source>社会功能未填写完整，无法判定为稳定。</source>
            <translation>Social functioning is not fully filled in, so the visit cannot be classified as stable.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="167" />
            <source>躯体疾病情况不稳定。</source>
            <translation>Physical illness is unstable.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="169" />
            <source>有其他异常情况。</source>
            <translation>Other abnormal findings.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../desktop/cli.py" line="28" />
            <source>stationdesk: 命令用法有误：{detail}（运行 stationdesk --help 查看用法）
</source>
            <translation>stationdesk: invalid command usage: {detail} (run stationdesk --help for usage)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="34" />
            <source>社工站工作台 StationDesk：不带子命令时打开图形界面。</source>
            <translation>StationDesk: opens the graphical interface when run without a subcommand.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="37" />
            <source>数据目录（默认：用户数据目录，或环境变量 STATIONDESK_DATA_DIR）</source>
            <translation>Data directory (default: the user data directory, or the STATIONDESK_DATA_DIR environment variable)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="39" />
            <source>界面与消息语言</source>
            <translation>Language of the interface and messages</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="40" />
            <source>打开图形界面；数据目录为空时先生成演示数据</source>
            <translation>Open the graphical interface; generate demo data first if the data directory is empty</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="128" />
            <source>stationdesk: 已中断，未完成的操作已撤销。</source>
            <translation>stationdesk: interrupted; the unfinished operation was undone.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="143" />
            <source>stationdesk: 发生了意外错误，操作未完成。详细信息已写入日志文件。</source>
            <translation>stationdesk: an unexpected error occurred and the operation was not completed. Details were written to the log file.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/bench_commands.py" line="15" />
            <source>性能基准：在演示数据库上测量各项性能预算（不碰数据目录）</source>
            <translation>Benchmarks: measure every performance budget on a demo database (the data folder is not touched)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/bench_commands.py" line="23" />
            <source>数据库规模：small（1 万服务对象，默认）或 full（10 万服务对象、100 万条访视）</source>
            <translation>Database size: small (10,000 clients, the default) or full (100,000 clients, 1,000,000 visits)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/bench_commands.py" line="25" />
            <source>把结果写成 JSON 列表</source>
            <translation>Write the results as a JSON list</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/bench_commands.py" line="27" />
            <source>基准数据库目录（默认：用户缓存目录下的 bench-&lt;size&gt;）</source>
            <translation>Benchmark database folder (default: bench-&lt;size&gt; in the user cache folder)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="28" />
            <source>以该用户身份登录</source>
            <translation>Sign in as this user</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="35" />
            <source>密码文件（第一行）；不给出时提示输入</source>
            <translation>Password file (first line); asked for when not given</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="45" />
            <source>访视记录：到期名单、某位服务对象的访视</source>
            <translation>Visit records: due lists and a client's visits</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="47" />
            <source>逾期、7日内到期和高风险/重点关注名单</source>
            <translation>Overdue, due within 7 days, and high-risk / priority-attention lists</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="52" />
            <source>列出某位服务对象的访视记录（新的在前）</source>
            <translation>List a client's visit records (newest first)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="56" />
            <source>显示一条访视记录（--json：可再次录入的访视文件）</source>
            <translation>Show a visit record (--json: a visit file that can be entered again)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="61" />
            <source>按访视文件（JSON）录入一条访视记录，以登录用户身份</source>
            <translation>Enter a visit record from a visit file (JSON), as the signed-in user</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="65" />
            <source>直接定稿（与界面定稿的检查相同）</source>
            <translation>Finalise at once (the same checks as finalising in the window)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="69" />
            <source>按访视记录重新计算各服务对象的下次到期日</source>
            <translation>Recalculate each client's next due date from the visit records</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="73" />
            <source>服务对象登记册</source>
            <translation>Client register</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="75" />
            <source>按姓名、拼音首字母、证件号或电话尾号搜索</source>
            <translation>Search by name, pinyin initials, ID number or last digits of phone</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="123" />
            <source>{title}：{n} 人</source>
            <translation>{title}: {n} people</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="204" />
            <source>已重新计算 {n} 位服务对象的随访到期日。</source>
            <translation>Recalculated visit due dates for {n} clients.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="281" />
            <source>已录入访视记录 {id}（{status}）。</source>
            <translation>Visit record {id} entered ({status}).</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/data_commands.py" line="23" />
            <source>生成演示数据（数据目录未初始化时先建立演示站点）</source>
            <translation>Generate demo data (creates a demo station first if the data directory is not set up)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/data_commands.py" line="28" />
            <source>一年内大约生成的志愿者班次数</source>
            <translation>Approximate number of volunteer shifts to generate for one year</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/data_commands.py" line="34" />
            <source>显示站点、模式、数据库版本和各表记录数</source>
            <translation>Show station, mode, database version and record counts per table</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/data_commands.py" line="56" />
            <source>  {done}/{total} 位服务对象…</source>
            <translation>  {done}/{total} clients…</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/data_commands.py" line="75" />
            <source>演示数据已生成：{c} 位服务对象，{v} 条访视，{k} 位志愿者，{s} 个班次，{a} 条签到，用时 {t:.1f} 秒。</source>
            <translation>Demo data generated: {c} clients, {v} visits, {k} volunteers, {s} shifts, {a} check-ins in {t:.1f} s.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/data_commands.py" line="86" />
            <source>演示账户：{users}，密码均为 {password}</source>
            <translation>Demo accounts: {users}; the password for all is {password}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/key_commands.py" line="15" />
            <source>用恢复密钥为用户设置新密码（忘记密码或站长离任时；无需登录）</source>
            <translation>Give a user a new password with the recovery key (forgotten password, lead who left; no sign-in needed)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/key_commands.py" line="17" />
            <source>写有恢复密钥的文件</source>
            <translation>File holding the recovery key</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/key_commands.py" line="23" />
            <source>生成新的恢复密钥并写出恢复密钥页（旧的作废）</source>
            <translation>Make a new recovery key and write its sheet (the old one stops working)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/key_commands.py" line="24" />
            <source>写出的文件；.pdf 为可打印的页面</source>
            <translation>File to write; .pdf gives a page to print</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/key_commands.py" line="44" />
            <source>已用恢复密钥为 {user} 设置新密码。</source>
            <translation>A new password was set for {user} with the recovery key.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/key_commands.py" line="60" />
            <source>新的恢复密钥页已写入 {file}，请打印后锁入保险柜并删除该文件。</source>
            <translation>New recovery sheet written to {file}: print it, lock it in the safe and delete the file.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/pdf_commands.py" line="58" />
            <source>生成打印表单 PDF（访视记录、空白访视表、档案、排班表、证明、月报）</source>
            <translation>Generate print forms as PDF (visit record, blank visit form, client file, rota, certificate, monthly figures)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/pdf_commands.py" line="61" />
            <source>输出的 PDF 文件</source>
            <translation>Output PDF file</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/pdf_commands.py" line="62" />
            <source>访视记录编号（visit、national-visit）</source>
            <translation>Visit record number (visit, national-visit)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/pdf_commands.py" line="63" />
            <source>服务对象编号（blank-visit、client）</source>
            <translation>Client number (blank-visit, client)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/pdf_commands.py" line="64" />
            <source>空白访视表的计划随访日期</source>
            <translation>Planned visit date for the blank visit form</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/pdf_commands.py" line="65" />
            <source>批量：该日计划随访的全部空白表</source>
            <translation>Batch: blank forms for all visits planned on that day</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/pdf_commands.py" line="66" />
            <source>排班表的周次</source>
            <translation>Week of the rota</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/pdf_commands.py" line="67" />
            <source>志愿者编号（certificate）</source>
            <translation>Volunteer number (certificate)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/pdf_commands.py" line="70" />
            <source>已登记证明的编号（否则打印预览样张）</source>
            <translation>Number of a registered certificate (otherwise a preview sample is printed)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/pdf_commands.py" line="71" />
            <source>月度统计的月份</source>
            <translation>Month of the monthly figures</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/pdf_commands.py" line="73" />
            <source>打印完整身份信息（仅 visit、national-visit、certificate）</source>
            <translation>Print full identity details (visit, national-visit, certificate only)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/pdf_commands.py" line="145" />
            <source>已生成 {form}：{out}（{size} KB）</source>
            <translation>Generated {form}: {out} ({size} KB)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/security_commands.py" line="24" />
            <source>备份数据库（SQLite 在线备份，可在程序运行时进行）</source>
            <translation>Back up the database (SQLite online backup; works while the program is running)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/security_commands.py" line="25" />
            <source>备份文件；缺省时写入数据目录的 backups 文件夹</source>
            <translation>Backup file; by default written to the backups folder in the data directory</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/security_commands.py" line="26" />
            <source>列出 backups 文件夹中的备份</source>
            <translation>List the backups in the backups folder</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/security_commands.py" line="30" />
            <source>从备份恢复数据库（先自动备份当前数据库）</source>
            <translation>Restore the database from a backup (the current database is backed up first)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/security_commands.py" line="32" />
            <source>确认用备份替换当前数据库</source>
            <translation>Confirm replacing the current database with the backup</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/security_commands.py" line="36" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/security_commands.py" line="38" />
            <source>校验审计日志的哈希链；断开时退出码为 1</source>
            <translation>Verify the audit log's hash chain; exit code 1 if it is broken</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/security_commands.py" line="64" />
            <source>已备份到 {file}</source>
            <translation>Backed up to {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/security_commands.py" line="72" />
            <source>恢复会替换当前数据库，请加 --yes 确认</source>
            <translation>Restoring replaces the current database; add --yes to confirm</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/security_commands.py" line="87" />
            <source>已从备份恢复；恢复前的数据库已保存为 {file}</source>
            <translation>Restored from backup; the previous database was saved as {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/security_commands.py" line="106" />
            <source>审计日志完整：{n} 条记录，哈希链无断点。</source>
            <translation>Audit log intact: {n} entries, hash chain unbroken.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/security_commands.py" line="111" />
            <source>审计日志哈希链在第 {seq} 条处断开：{problem}。</source>
            <translation>Audit log hash chain is broken at entry {seq}: {problem}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/setup_commands.py" line="13" />
            <source>初始化本机：站点、模式和第一位管理员</source>
            <translation>Set up this computer: station, mode and first administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/setup_commands.py" line="25" />
            <source>把数据库恢复密钥页写入该文件（.pdf 为可打印的页面；打印后锁入保险柜）；缺省时在屏幕上显示恢复密钥</source>
            <translation>Write the database recovery sheet to this file (.pdf gives a page to print; lock the printout in the safe); without it the recovery key is shown on screen</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/setup_commands.py" line="55" />
            <source>已初始化：{name}（{code}，{mode}）</source>
            <translation>Set up: {name} ({code}, {mode})</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/setup_commands.py" line="57" />
            <source>恢复密钥页已写入 {file}：请打印后锁入保险柜，然后删除该文件。</source>
            <translation>Recovery sheet written to {file}: print it, lock it in the safe, then delete the file.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/setup_commands.py" line="59" />
            <source>数据库恢复密钥（请抄写或打印后锁入保险柜；不会再次显示）：{key}</source>
            <translation>Database recovery key (copy or print it and lock it in the safe; it is not shown again): {key}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="29" />
            <source>从 Excel（.xlsx）或 CSV 台账导入服务对象、访视、志愿者或服务时长</source>
            <translation>Import clients, visits, volunteers or service hours from an Excel (.xlsx) or CSV register</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="33" />
            <source>只检查，不写入</source>
            <translation>Check only, do not write</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="34" />
            <source>工作表名称（默认第一个）</source>
            <translation>Worksheet name (default: the first one)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="40" />
            <source>纠正列映射，如 手机=phone；field 为空表示不导入该列</source>
            <translation>Correct a column mapping, e.g. 手机=phone; an empty field means the column is not imported</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="45" />
            <source>导出名单或月度统计为 Excel（.xlsx）</source>
            <translation>Export lists or monthly figures to Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="48" />
            <source>月份（monthly 必填；visits、hours 可选）</source>
            <translation>Month (required for monthly; optional for visits, hours)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="51" />
            <source>导出完整身份证号和电话（仅站长）</source>
            <translation>Export full ID numbers and phones (station lead only)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="53" />
            <source>导出完整信息的理由（--reveal 必填）</source>
            <translation>Why the full values are exported (required with --reveal)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="64" />
            <source>--map 的格式应为 列名=字段名</source>
            <translation>--map must be in the form column=field</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="75" />
            <source>--kind 只能是 clients（服务对象）、visits（访视记录）、volunteers（志愿者）或 hours（服务时长）</source>
            <translation>--kind must be clients, visits (visit records), volunteers or hours (service hours)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="89" />
            <source>可导入</source>
            <translation>importable</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="89" />
            <source>已导入</source>
            <translation>imported</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="93" />
            <source>工作表“{sheet}”，表头在第 {header} 行：共 {rows} 行数据，{verb} {count} 行，{errors} 行有问题，{dups} 行重复。</source>
            <translation>Sheet “{sheet}”, header in row {header}: {rows} data rows, {count} {verb}, {errors} with problems, {dups} duplicates.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="101" />
            <source>  第 {row} 行 {column}：{message}</source>
            <translation>  Row {row} {column}: {message}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="104" />
            <source>名册中已有此记录</source>
            <translation>already in the register</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="106" />
            <source>与第 {row} 行重复</source>
            <translation>same as row {row}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="108" />
            <source>  第 {row} 行：重复，{where}，未导入。</source>
            <translation>  Row {row}: duplicate, {where}, not imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="117" />
            <source>--what 只能是 clients、visits、volunteers、hours 或 monthly</source>
            <translation>--what must be clients, visits, volunteers, hours or monthly</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="119" />
            <source>导出月度统计需要 --month YYYY-MM</source>
            <translation>Exporting monthly figures requires --month YYYY-MM</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sheet_commands.py" line="131" />
            <source>已导出 {rows} 行到 {path}</source>
            <translation>Exported {rows} rows to {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/signin.py" line="42" />
            <source>以该用户身份运行命令（或环境变量 STATIONDESK_USER）</source>
            <translation>Run the command as this user (or the environment variable STATIONDESK_USER)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/signin.py" line="48" />
            <source>该用户的密码所在文件的第一行（或环境变量 STATIONDESK_PASSWORD_FILE）</source>
            <translation>File whose first line is that user's password (or the environment variable STATIONDESK_PASSWORD_FILE)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/signin.py" line="73" />
            <source>用户名：</source>
            <translation>User name: </translation>
        </message>
        <message>
            <location filename="../../desktop/commands/signin.py" line="81" />
            <source>密码：</source>
            <translation>Password: </translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="15" />
            <source>本机数据交换密钥：查看、导出登记文件、信任对方、修改口令</source>
            <translation>This computer's data exchange keys: show, export enrolment file, trust the other party, change passphrase</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="17" />
            <source>显示本站代码、模式和指纹</source>
            <translation>Show this station's code, mode and fingerprint</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="20" />
            <source>写出本机登记文件（只含公钥）</source>
            <translation>Write this computer's enrolment file (public key only)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="24" />
            <source>核对对方念出的指纹后信任其登记文件</source>
            <translation>Trust the other party's enrolment file after checking the fingerprint they read out</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="27" />
            <source>对方更换了密钥时替换旧的登记</source>
            <translation>Replace the old registration when the other party has changed keys</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="30" />
            <source>列出已信任的站点</source>
            <translation>List trusted stations</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="33" />
            <source>修改密钥口令（密钥和指纹不变）</source>
            <translation>Change the key passphrase (keys and fingerprint stay the same)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="38" />
            <source>为尚无密钥的旧数据目录生成密钥</source>
            <translation>Generate keys for an older data directory that has none</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="43" />
            <source>为对方站点导出加密、签名的数据包</source>
            <translation>Export an encrypted, signed bundle for the other station</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="46" />
            <source>导出全部记录（默认只导出上次之后的变化）</source>
            <translation>Export all records (by default only changes since the last export)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="51" />
            <source>导入数据包或回执</source>
            <translation>Import a bundle or receipt</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="59" />
            <source>（区级）把服务对象移交给另一站点</source>
            <translation>(District office) transfer a client to another station</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="65" />
            <source>各站点最近的数据包、缺失的序号、未处理的冲突</source>
            <translation>Latest bundle per station, missing numbers, unresolved conflicts</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="74" />
            <source>密钥口令：</source>
            <translation>Key passphrase: </translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="89" />
            <source>站点 {code}（{mode}）</source>
            <translation>Station {code} ({mode})</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="90" />
            <source>指纹：{fp}</source>
            <translation>Fingerprint: {fp}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="105" />
            <source>登记文件已写出。请把指纹念给对方核对：{fp}</source>
            <translation>Enrolment file written. Read this fingerprint to the other party so they can check it: {fp}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="120" />
            <source>已信任站点 {code}（{mode}）。</source>
            <translation>Station {code} ({mode}) is now trusted.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="151" />
            <source>密钥口令已修改，密钥和指纹不变。</source>
            <translation>Key passphrase changed; the keys and fingerprint are unchanged.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="166" />
            <source>已生成密钥。指纹：{fp}</source>
            <translation>Keys generated. Fingerprint: {fp}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="186" />
            <source>已导出第 {seq} 号数据包：{n} 条记录，用时 {t:.1f} 秒。</source>
            <translation>Exported bundle no. {seq}: {n} records in {t:.1f} s.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="208" />
            <source>已导入回执：{n} 条记录确认送达。</source>
            <translation>Receipt imported: {n} records confirmed as delivered.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="210" />
            <source>对方隔离了 {n} 条本站无权修改的记录。</source>
            <translation>The receiver set aside {n} records this station may not change.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="212" />
            <source>该数据包已导入过，未作任何改动。</source>
            <translation>This bundle was already imported; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="217" />
            <source>新增 {c}，更新 {u}，未变 {s}，冲突 {k}，隔离 {q}。</source>
            <translation>New {c}, updated {u}, unchanged {s}, conflicts {k}, quarantined {q}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="226" />
            <source>其中 {n} 条不属于发送方，未予写入（sync.not_owner）。</source>
            <translation>{n} of them belong to another station and were not written (sync.not_owner).</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="228" />
            <source>尚缺对方的数据包序号：{m}</source>
            <translation>Bundle numbers still missing from the other party: {m}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="243" />
            <source>已移交给站点 {to}；下次向各站导出时一并发送。</source>
            <translation>Transferred to station {to}; it will be sent with the next export to the stations.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="248" />
            <source>审计记录连续</source>
            <translation>audit log continues</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="249" />
            <source>审计记录已被改写（自第 {n} 条起）</source>
            <translation>audit log rewritten (from entry {n})</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="250" />
            <source>审计记录尚无法核对</source>
            <translation>audit log not yet checkable</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="251" />
            <source>审计记录未报告</source>
            <translation>audit log not reported</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync_commands.py" line="270" />
            <source>未处理的冲突：{n}</source>
            <translation>Unresolved conflicts: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/user_commands.py" line="22" />
            <source>用户：新建、列出、停用（系统管理员）</source>
            <translation>Users: create, list, disable (administrator)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/user_commands.py" line="24" />
            <source>新建用户（首次在窗口中登录时须修改密码）</source>
            <translation>Create a user (who must change the password at the first sign-in in the window)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/user_commands.py" line="27" />
            <source>新用户初始密码所在的文件</source>
            <translation>File holding the new user's first password</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/user_commands.py" line="33" />
            <source>列出本机的用户</source>
            <translation>List the users of this installation</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/user_commands.py" line="37" />
            <source>停用用户（不能再登录；记录保留）</source>
            <translation>Disable a user (they can no longer sign in; their records stay)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/user_commands.py" line="56" />
            <source>已新建用户 {name}（{role}）</source>
            <translation>User {name} created ({role})</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/user_commands.py" line="72" />
            <source>停用</source>
            <translation>disabled</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/user_commands.py" line="72" />
            <source>启用</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/user_commands.py" line="91" />
            <source>已停用用户 {name}</source>
            <translation>User {name} disabled</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/volunteer_commands.py" line="18" />
            <source>志愿者服务时长</source>
            <translation>Volunteer service hours</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/volunteer_commands.py" line="21" />
            <source>各志愿者在期间内已确认的服务时长</source>
            <translation>Confirmed service hours of each volunteer in the period</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/volunteer_commands.py" line="27" />
            <source>导出已确认工时（.xlsx 或 .csv，供录入上海志愿者网）</source>
            <translation>Export confirmed hours (.xlsx or .csv, for entry into volunteer.sh.cn)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/volunteer_commands.py" line="31" />
            <source>导出完整证件号（默认遮蔽）</source>
            <translation>Export full ID numbers (masked by default)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/volunteer_commands.py" line="35" />
            <source>将班次结束后仍未签退的记录自动签退并标记待核对</source>
            <translation>Check out records still open after their shift ended and flag them for review</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/volunteer_commands.py" line="39" />
            <source>打开前台志愿者签到终端（全屏）</source>
            <translation>Open the front-desk volunteer check-in kiosk (full screen)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/volunteer_commands.py" line="40" />
            <source>不全屏（调试用）</source>
            <translation>Not full screen (for debugging)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/volunteer_commands.py" line="47" />
            <source>--to 不能早于 --from</source>
            <translation>--to cannot be earlier than --from</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/volunteer_commands.py" line="77" />
            <source>  （{n} 条待核对）</source>
            <translation>  ({n} to review)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/volunteer_commands.py" line="94" />
            <source>已导出 {n} 行到 {path}</source>
            <translation>Exported {n} rows to {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/volunteer_commands.py" line="109" />
            <source>已自动签退 {n} 条记录，待协调员核对。</source>
            <translation>Checked out {n} records automatically; they await review by the volunteer coordinator.</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../desktop/ui/shell/dialogs.py" line="158" />
            <source>修改尚未保存</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/dialogs.py" line="160" />
            <source>表单中有尚未保存的修改。要保存为草稿、放弃修改，还是继续编辑？</source>
            <translation>This form has changes that have not been saved. Save them as a draft, discard them, or keep editing?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/dialogs.py" line="162" />
            <source>表单中有尚未保存的修改。要保存、放弃修改，还是继续编辑？</source>
            <translation>This form has changes that have not been saved. Save them, discard them, or keep editing?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/dialogs.py" line="168" />
            <source>保存(&amp;S)</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/dialogs.py" line="168" />
            <source>保存草稿(&amp;S)</source>
            <translation>&amp;Save as draft</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/dialogs.py" line="169" />
            <source>放弃修改(&amp;D)</source>
            <translation>&amp;Discard changes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/dialogs.py" line="170" />
            <source>继续编辑(&amp;K)</source>
            <translation>&amp;Keep editing</translation>
        </message>
    </context>
    <context>
        <name>durations</name>
        <message>
            <location filename="../../desktop/ui/shell/durations.py" line="16" />
            <source>{m} 分钟</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/durations.py" line="18" />
            <source>{h} 小时</source>
            <translation>{h} h</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/durations.py" line="19" />
            <source>{h} 小时 {m} 分钟</source>
            <translation>{h} h {m} min</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop/bench/database.py" line="105" />
            <source>该目录不是基准测试数据库目录，基准测试不会改动它。</source>
            <translation>That folder is not a benchmark database folder; the benchmark will not change it.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/casework_commands.py" line="250" />
            <source>访视文件不是有效的 JSON。</source>
            <translation>The visit file is not valid JSON.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/common.py" line="22" />
            <location filename="../../desktop/errors.py" line="117" />
            <location filename="../../desktop/errors.py" line="121" />
            <source>数据目录的路径不存在或不是文件夹。请用 --data-dir 指定一个文件夹。</source>
            <translation>The data folder's path does not exist or is not a folder. Choose a folder with --data-dir.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/signin.py" line="25" />
            <source>此命令需要登录：请用 --user 和 --password-file 指定用户和密码文件（或设置 STATIONDESK_USER 和 STATIONDESK_PASSWORD_FILE）。</source>
            <translation>This command needs a signed-in user: give --user and --password-file (or set STATIONDESK_USER and STATIONDESK_PASSWORD_FILE).</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/user_commands.py" line="84" />
            <location filename="../../desktop/services/admin/recovery.py" line="99" />
            <location filename="../../desktop/services/admin/users.py" line="124" />
            <source>找不到该用户。</source>
            <translation>This user could not be found.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup.py" line="37" />
            <source>数据库未通过完整性检查（{problem}），不做备份，以免损坏的文件替换完好的备份。</source>
            <translation>The database failed the integrity check ({problem}); no backup is made, so a damaged file never replaces a good backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup.py" line="225" />
            <source>找不到备份文件。</source>
            <translation>Backup file not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup.py" line="228" />
            <location filename="../../desktop/db/backup.py" line="236" />
            <location filename="../../desktop/db/backup.py" line="240" />
            <source>该文件不是社工站工作台的数据库备份。</source>
            <translation>This file is not a StationDesk database backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup.py" line="230" />
            <source>备份文件已损坏（完整性检查未通过），不能用于恢复。</source>
            <translation>The backup file is damaged (integrity check failed) and cannot be used to restore.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup.py" line="243" />
            <source>备份的数据库版本（{found}）不是本程序认识的版本，不能恢复。</source>
            <translation>The backup's database version ({found}) is not one this program recognises, so it cannot be restored.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/open.py" line="17" />
            <location filename="../../desktop/services/station_key.py" line="119" />
            <source>请先登录。</source>
            <translation>Please sign in first.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/address.py" line="182" />
            <source>请选择上海市的区。</source>
            <translation>Please choose a Shanghai district.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/address.py" line="185" />
            <source>所选街道/镇不属于该区。</source>
            <translation>The selected subdistrict/town is not in this district.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/address.py" line="190" />
            <source>所选居委会/村委会不属于该街道/镇。</source>
            <translation>The selected neighbourhood/village committee is not in this subdistrict/town.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/address.py" line="193" />
            <source>已选择居委会，不能再手工填写居委会名称。</source>
            <translation>A neighbourhood committee is already selected; you cannot also type a committee name.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/address.py" line="197" />
            <source>手工填写居委会前，请先选择街道/镇。</source>
            <translation>Choose a subdistrict/town before typing a neighbourhood committee name.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="76" />
            <source>目前症状中有无效的代码。</source>
            <translation>Current symptoms contain an invalid code.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="80" />
            <source>危险行为次数必须是不小于0的整数。</source>
            <translation>Dangerous behaviour counts must be whole numbers, 0 or more.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="112" />
            <source>请先完成危险性评估，再判定本次随访分类。</source>
            <translation>Complete the risk assessment before classifying this visit.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="219" />
            <location filename="../../desktop/services/casework/visit_input.py" line="252" />
            <location filename="../../desktop/services/casework/visit_input.py" line="254" />
            <location filename="../../desktop/services/casework/visit_input.py" line="256" />
            <location filename="../../desktop/services/casework/visit_input.py" line="286" />
            <source>随访表中有无效的代码，请重新选择。</source>
            <translation>The visit form contains an invalid code; please choose again.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/fieldform.py" line="57" />
            <source>站点代码不能用于现场表二维码。</source>
            <translation>This station code cannot be used in a field-form QR code.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/fieldform.py" line="61" />
            <source>服务对象编号格式不正确。</source>
            <translation>Invalid client number format.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/fieldform.py" line="63" />
            <source>计划随访日期不正确。</source>
            <translation>Invalid planned visit date.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/fieldform.py" line="93" />
            <source>无法识别该现场访视表二维码，请重新扫描或手动选择服务对象。</source>
            <translation>This field visit form QR code cannot be read. Scan it again or choose the client manually.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="86" />
            <source>证件号码前17位必须是数字。</source>
            <translation>The first 17 characters of the ID number must be digits.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="94" />
            <source>15位证件号码必须全部是数字。</source>
            <translation>A 15-digit ID number must be all digits.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="102" />
            <source>证件类型无效。</source>
            <translation>Invalid ID type.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="106" />
            <source>请填写证件号码。</source>
            <translation>Please enter the ID number.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="114" />
            <source>证件号码只能包含数字和末位的X。</source>
            <translation>The ID number may contain only digits and a final X.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="118" />
            <source>15位身份证号码必须全部是数字。</source>
            <translation>A 15-digit ID number must be all digits.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="124" />
            <source>身份证号码应为18位（旧证为15位）。</source>
            <translation>An ID number must have 18 characters (15 on old cards).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="126" />
            <source>只有最后一位可以是X。</source>
            <translation>Only the last character can be X.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="129" />
            <source>证件号码校验位不符，请逐位核对。</source>
            <translation>The ID number's check digit does not match; please check each digit.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="139" />
            <source>证件号码中的出生日期不是有效日期。</source>
            <translation>The date of birth in the ID number is not a valid date.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="141" />
            <source>证件号码中的出生日期应在1900年至今天之间。</source>
            <translation>The date of birth in the ID number must be between 1900 and today.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="168" />
            <source>证件号码只能包含字母和数字。</source>
            <translation>The ID number may contain only letters and digits.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="170" />
            <source>证件号码长度应为5至30位。</source>
            <translation>The ID number must be 5 to 30 characters long.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/phone.py" line="78" />
            <source>请填写电话号码。</source>
            <translation>Please enter a phone number.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/phone.py" line="133" />
            <source>电话号码格式不正确：请填写11位手机号或固定电话（区号加7–8位号码）。</source>
            <translation>Invalid phone number: enter an 11-digit mobile or a landline (area code and 7–8 digits).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/schedule.py" line="68" />
            <source>随访分类无效，无法计算下次随访日期。</source>
            <translation>Invalid visit classification; the next visit date cannot be calculated.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/schedule.py" line="74" />
            <source>下次随访日期必须晚于本次随访日期。</source>
            <translation>The next visit date must be after the date of this visit.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/fields.py" line="112" />
            <source>未知的导入类型：只能是 clients（服务对象）、visits（访视记录）、volunteers（志愿者）或 hours（服务时长）。</source>
            <translation>Unknown import type: it must be clients, visits (visit records), volunteers or hours (service hours).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/fields.py" line="121" />
            <source>未知的字段名。</source>
            <translation>Unknown field name.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/fields.py" line="203" />
            <source>在表格前 {scan} 行中没有找到表头行（如“姓名”“身份证号”等列名），请检查是否选错了工作表或导入类型。</source>
            <translation>No header row (column names such as “姓名” or “身份证号”) was found in the first {scan} rows. Check that you chose the right worksheet and import type.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/fields.py" line="249" />
            <location filename="../../desktop/services/sheets/importer.py" line="142" />
            <source>映射中的字段名不是该导入类型的字段。</source>
            <translation>A field name in the mapping is not a field of this import type.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/fields.py" line="255" />
            <source>映射中的列名在表头中找不到。</source>
            <translation>A column name in the mapping is not in the header row.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/rows.py" line="108" />
            <source>身份证号被 Excel 存成了数字，后几位已经丢失：请把该列设为“文本”格式，重新录入后再导入。</source>
            <translation>Excel stored the ID number as a number and its last digits are lost: set the column's format to “Text”, re-enter the numbers, then import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/rows.py" line="198" />
            <source>志愿者编号应为4–32位字母或数字。</source>
            <translation>The volunteer number must be 4–32 letters or digits.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/rows.py" line="266" />
            <location filename="../../desktop/domain/sheets/values.py" line="215" />
            <location filename="../../desktop/domain/sheets/values.py" line="217" />
            <source>时间无法识别：请写成 9:00 或 09:30。</source>
            <translation>Time not recognised: write it as 9:00 or 09:30.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/rows.py" line="269" />
            <source>只有时间没有日期：请填写服务日期。</source>
            <translation>Time without a date: please fill in the service date.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/values.py" line="107" />
            <source>内容过长（最多 {limit} 个字）。</source>
            <translation>Text too long (at most {limit} characters).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/values.py" line="113" />
            <source>日期无法识别：请写成 2023-05-06、2023/5/6、2023年5月6日 或 20230506。</source>
            <translation>Date not recognised: write it as 2023-05-06, 2023/5/6 or 20230506.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/values.py" line="121" />
            <source>日期不存在（月份或日数不对）。</source>
            <translation>This date does not exist (wrong month or day).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/values.py" line="123" />
            <location filename="../../desktop/domain/sheets/values.py" line="135" />
            <source>日期应在1900年至2100年之间。</source>
            <translation>The date must be between 1900 and 2100.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/values.py" line="223" />
            <source>时长无法识别：请写成小时数（如 2.5）或“2小时30分”。</source>
            <translation>Duration not recognised: write it in hours (e.g. 2.5) or as hours:minutes (e.g. 2:30).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/values.py" line="238" />
            <source>时长应大于0且不超过24小时。</source>
            <translation>The duration must be more than 0 and at most 24 hours.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/values.py" line="244" />
            <source>应填写 {low}–{high} 的整数。</source>
            <translation>Enter a whole number from {low} to {high}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/values.py" line="289" />
            <source>不是可选的值之一：{choices}。</source>
            <translation>Not one of the allowed values: {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/sheets/values.py" line="302" />
            <source>应填写“是”或“否”。</source>
            <translation>Enter “yes” or “no”.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/availability.py" line="47" />
            <source>时间段不正确：开始时间须早于结束时间。</source>
            <translation>Invalid time range: the start time must be before the end time.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/availability.py" line="72" />
            <location filename="../../desktop/ui/volunteers/availability_editor.py" line="89" />
            <source>例外类型只能是“不可用”或“额外可用”。</source>
            <translation>An exception must be either “Unavailable” or “Extra availability”.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/availability.py" line="74" />
            <source>例外日期格式不正确。</source>
            <translation>Invalid exception date format.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/availability.py" line="86" />
            <source>每周安排必须包含七天。</source>
            <translation>The weekly schedule must cover all seven days.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/availability.py" line="98" />
            <location filename="../../desktop/domain/volunteering/rota.py" line="80" />
            <source>星期必须是周一至周日之一。</source>
            <translation>The weekday must be one of Monday to Sunday.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/availability.py" line="132" />
            <source>时间只能精确到分钟。</source>
            <translation>Times can only be given to the minute.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/availability.py" line="141" />
            <location filename="../../desktop/services/volunteers/settings.py" line="45" />
            <source>时间格式不正确，应为“时:分”，如 09:30。</source>
            <translation>Invalid time format; use hh:mm, e.g. 09:30.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/calendar.py" line="48" />
            <source>补充的节假日日期不在所填年份内。</source>
            <translation>An added holiday date is not in the year entered.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/calendar.py" line="51" />
            <source>同一天不能既是放假日又是调休上班日。</source>
            <translation>A day cannot be both a holiday and a make-up working day.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/calendar.py" line="54" />
            <source>调休上班日只能是周六或周日。</source>
            <translation>A make-up working day must be a Saturday or Sunday.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/calendar.py" line="146" />
            <location filename="../../desktop/services/forms/volunteer.py" line="208" />
            <source>结束日期不能早于开始日期。</source>
            <translation>The end date cannot be before the start date.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/calendar.py" line="150" />
            <source>日期范围过长（最多{days}天）。</source>
            <translation>Date range too long (at most {days} days).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/calendar.py" line="184" />
            <source>日期格式不正确。</source>
            <translation>Invalid date format.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="50" />
            <source>站点代码只能包含大写字母、数字和连字符。</source>
            <translation>The station code may contain only capital letters, digits and hyphens.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="53" />
            <source>证明编号中的年份不正确。</source>
            <translation>The year in the certificate number is invalid.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="55" />
            <location filename="../../desktop/domain/volunteering/certificates.py" line="94" />
            <source>证明编号中的序号必须从1开始。</source>
            <translation>The sequence number in the certificate number must start from 1.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="174" />
            <source>证明中至少要有一条服务记录。</source>
            <translation>A certificate needs at least one service record.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="177" />
            <source>服务记录缺少活动名称。</source>
            <translation>A service record has no activity name.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="179" />
            <location filename="../../desktop/domain/volunteering/hours.py" line="132" />
            <source>服务时长不能为负数。</source>
            <translation>Service hours cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="195" />
            <source>证明编号的年份须与出具日期一致。</source>
            <translation>The year in the certificate number must match the issue date.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="197" />
            <source>出具日期不能早于所证明的服务日期。</source>
            <translation>The issue date cannot be before the service dates being certified.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="209" />
            <source>证明信息不完整，请填写{label}。</source>
            <translation>The certificate details are incomplete: please fill in {label}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="212" />
            <source>证件类型不正确。</source>
            <translation>Invalid ID type.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="219" />
            <location filename="../../desktop/services/volunteers/certificates.py" line="223" />
            <source>该证明已作废。</source>
            <translation>This certificate has been voided.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="221" />
            <location filename="../../desktop/services/volunteers/certificates.py" line="225" />
            <source>作废证明必须填写原因。</source>
            <translation>Give a reason for voiding the certificate.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/certificates.py" line="227" />
            <source>证明编号格式不正确，应为“站点代码-年份-序号”，如 SD01-2026-0001。</source>
            <translation>Invalid certificate number: it must be “station code-year-number”, e.g. SD01-2026-0001.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/conflicts.py" line="68" />
            <location filename="../../desktop/services/volunteers/register.py" line="328" />
            <source>志愿者状态不正确。</source>
            <translation>Invalid volunteer status.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/conflicts.py" line="98" />
            <source>排班中引用了不存在的班次。</source>
            <translation>The rota refers to a shift that does not exist.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/conflicts.py" line="100" />
            <source>排班中引用了不存在的志愿者。</source>
            <translation>The rota refers to a volunteer who does not exist.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="60" />
            <location filename="../../desktop/domain/volunteering/hours.py" line="150" />
            <source>工时记录状态不正确。</source>
            <translation>Invalid hours record status.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="64" />
            <source>签到时间格式不正确。</source>
            <translation>Invalid check-in time format.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="114" />
            <location filename="../../desktop/domain/volunteering/hours.py" line="116" />
            <location filename="../../desktop/domain/volunteering/hours.py" line="228" />
            <source>签到、签退时间格式不正确。</source>
            <translation>Invalid check-in or check-out time format.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="118" />
            <source>签退时间不能早于签到时间。</source>
            <translation>The check-out time cannot be before the check-in time.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="120" />
            <source>休息时长必须是不小于0的整数分钟。</source>
            <translation>Break time must be a whole number of minutes, 0 or more.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="123" />
            <source>休息时长不能超过在岗时长。</source>
            <translation>Break time cannot exceed the time on duty.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="130" />
            <location filename="../../desktop/services/volunteers/settings.py" line="65" />
            <source>工时取整方式不正确。</source>
            <translation>Invalid rounding method for hours.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="154" />
            <source>工时记录不能从“{current}”改为“{target}”。</source>
            <translation>An hours record cannot change from “{current}” to “{target}”.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="159" />
            <source>请填写上报上海志愿者网的日期。</source>
            <translation>Please enter the date the hours were reported to volunteer.sh.cn.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="161" />
            <source>作废工时记录必须填写原因。</source>
            <translation>Give a reason for voiding the hours record.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="179" />
            <source>志愿者尚未签退，不能确认工时。</source>
            <translation>The volunteer has not checked out yet, so the hours cannot be confirmed.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="181" />
            <source>该记录由系统自动签退，请先核对签退时间再确认。</source>
            <translation>This record was checked out automatically; check the check-out time before confirming.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="186" />
            <source>上报日期不能早于服务日期。</source>
            <translation>The report date cannot be before the service date.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="236" />
            <source>只有待核对的自动签退记录需要核对。</source>
            <translation>Only automatic check-outs awaiting review need to be reviewed.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/qrcard.py" line="45" />
            <source>志愿者编号格式不正确。</source>
            <translation>Invalid volunteer number format.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/qrcard.py" line="87" />
            <source>无法识别这张志愿者卡，请重新扫描或改用手机尾号签到。</source>
            <translation>This volunteer card cannot be read. Scan it again, or check in with the last digits of your phone number.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/rota.py" line="45" />
            <source>班次日期格式不正确。</source>
            <translation>Invalid shift date format.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/rota.py" line="82" />
            <source>请选择星期，或勾选“仅法定工作日”。</source>
            <translation>Choose weekdays, or tick “Official working days only”.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/rota.py" line="84" />
            <source>停用日期不能早于启用日期。</source>
            <translation>The end date cannot be before the start date.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/rota.py" line="189" />
            <source>请至少选择一个居委会。</source>
            <translation>Please choose at least one neighbourhood committee.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/rota.py" line="191" />
            <source>轮值顺序中有重复的居委会。</source>
            <translation>A neighbourhood committee appears more than once in the rotation order.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/rota.py" line="194" />
            <source>轮值起始日期不能晚于排班开始日期。</source>
            <translation>The rotation start date cannot be after the rota start date.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/rota.py" line="206" />
            <source>班次缺少编号。</source>
            <translation>The shift has no ID.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/rota.py" line="208" />
            <source>请填写班次名称。</source>
            <translation>Please enter a shift name.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/rota.py" line="210" />
            <source>班次开始时间须早于结束时间（不能跨过午夜）。</source>
            <translation>The shift must start before it ends (it cannot run past midnight).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/rota.py" line="212" />
            <source>班次人数至少为1人。</source>
            <translation>A shift needs at least 1 person.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="21" />
            <source>操作未能完成。</source>
            <translation>The operation could not be completed.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="45" />
            <source>输入有误，请检查。</source>
            <translation>Some input is invalid; please check it.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="56" />
            <source>找不到该记录，可能已被删除。</source>
            <translation>The record was not found; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="61" />
            <source>您的角色无权进行此操作。</source>
            <translation>Your role does not allow this action.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="68" />
            <source>该记录不在您的负责范围内。</source>
            <translation>This record is outside your area of responsibility.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="73" />
            <source>用户名或密码不正确。</source>
            <translation>Incorrect user name or password.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="80" />
            <source>该记录当前状态不允许此操作。</source>
            <translation>This record's current status does not allow this action.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="85" />
            <source>本机尚未完成初始设置，请先运行初始化。</source>
            <translation>This computer has not been set up yet; please run setup first.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="92" />
            <source>数据库无法读写：{detail}</source>
            <translation>Cannot read or write the database: {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="99" />
            <source>数据目录无法使用（系统错误 {errno}）。请检查该文件夹，或用 --data-dir 指定其他文件夹。</source>
            <translation>The data folder cannot be used (system error {errno}). Please check the folder, or choose another one with --data-dir.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="106" />
            <location filename="../../desktop/errors.py" line="110" />
            <source>数据目录不可写（没有写入权限）。请联系管理员，或用 --data-dir 指定可写的文件夹。</source>
            <translation>The data folder cannot be written (no write permission). Ask your administrator, or choose a writable folder with --data-dir.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="112" />
            <source>数据目录位于只读的磁盘上。请用 --data-dir 指定可写的文件夹。</source>
            <translation>The data folder is on a read-only disk. Choose a writable folder with --data-dir.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="113" />
            <source>磁盘已满，数据目录无法写入。请腾出磁盘空间后重试。</source>
            <translation>The disk is full; the data folder cannot be written. Free some disk space and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="114" />
            <source>磁盘配额已满，数据目录无法写入。请腾出空间后重试。</source>
            <translation>The disk quota is used up; the data folder cannot be written. Free some space and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="125" />
            <source>数据目录中应为文件夹的位置被一个文件占用。请检查数据目录。</source>
            <translation>A file stands where the data folder needs a folder. Please check the data folder.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="168" />
            <source>数据库由更新版本的社工站工作台创建（数据库版本 {found}），本程序只认识到版本 {known}。请安装新版本后再打开，数据未作任何改动。</source>
            <translation>The database was created by a newer version of StationDesk (database version {found}); this program knows versions up to {known}. Please install the new version and open it again. No data was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="177" />
            <source>命令用法有误：{detail}</source>
            <translation>Invalid command usage: {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/batch.py" line="48" />
            <source>未知的表单类型。</source>
            <translation>Unknown form type.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/page.py" line="46" />
            <source>打印已取消。</source>
            <translation>Printing was cancelled.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/backups.py" line="48" />
            <source>数据库文件已损坏（完整性检查未通过），程序不会使用它。最近一份完好的备份：{file}（{when}）。恢复方法：关闭程序后运行 stationdesk restore "{file}" --yes，或在启动时选择用该备份恢复。</source>
            <translation>The database file is damaged (integrity check failed); the program will not use it. Newest good backup: {file} ({when}). To restore: close the program and run stationdesk restore "{file}" --yes, or choose to restore from it at start-up.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/backups.py" line="52" />
            <source>数据库文件已损坏（完整性检查未通过），程序不会使用它，且没有完好的备份。请联系技术支持。</source>
            <translation>The database file is damaged (integrity check failed); the program will not use it, and there is no good backup. Please contact technical support.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/backups.py" line="164" />
            <source>备份文件不能是当前数据库本身。</source>
            <translation>The backup file cannot be the current database itself.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/conversion.py" line="51" />
            <source>加密后的数据库副本与原文件不一致，原文件未改动。</source>
            <translation>The encrypted copy of the database does not match the original; the original was left unchanged.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/language.py" line="25" />
            <source>不支持该语言。</source>
            <translation>That language is not supported.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/security.py" line="39" />
            <source>自动锁定时间须在 {low}–{high} 分钟之间。</source>
            <translation>The auto-lock time must be between {low} and {high} minutes.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/setup.py" line="56" />
            <source>站点代码须为 2–32 个字母、数字、下划线或连字符。</source>
            <translation>The station code must be 2–32 letters, digits, underscores or hyphens.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/setup.py" line="59" />
            <source>请填写站点名称。</source>
            <translation>Please enter the station name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/setup.py" line="61" />
            <source>请填写所属区。</source>
            <translation>Please enter the district.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/setup.py" line="63" />
            <source>模式只能是 station（社工站）或 district（区级）。</source>
            <translation>The mode must be station (social-work station) or district (district office).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/setup.py" line="128" />
            <location filename="../../desktop/services/admin/setup.py" line="134" />
            <source>该数据目录已完成初始设置，不能重复初始化。</source>
            <translation>This data folder has already been set up and cannot be initialised again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/users.py" line="137" />
            <location filename="../../desktop/services/auth.py" line="203" />
            <source>未知的角色。</source>
            <translation>Unknown role.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/users.py" line="139" />
            <source>请填写显示名称。</source>
            <translation>Please enter a display name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/users.py" line="143" />
            <location filename="../../desktop/services/admin/users.py" line="165" />
            <source>至少需要保留一位启用的系统管理员。</source>
            <translation>At least one active administrator must remain.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/users.py" line="163" />
            <source>不能停用自己的账户。</source>
            <translation>You cannot deactivate your own account.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/auth.py" line="46" />
            <source>密码至少需要 {n} 个字符。</source>
            <translation>The password needs at least {n} characters.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/auth.py" line="53" />
            <source>用户名只能包含字母、数字、点、下划线或连字符（2–32 个字符）。</source>
            <translation>User names may contain only letters, digits, dots, underscores or hyphens (2–32 characters).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/auth.py" line="150" />
            <source>该账户已停用，请联系系统管理员。</source>
            <translation>This account is disabled. Please contact the administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/auth.py" line="175" />
            <source>新密码不能与旧密码相同。</source>
            <translation>The new password must be different from the old one.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/auth.py" line="207" />
            <source>该用户名已被使用。</source>
            <translation>This user name is already taken.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/client_lists.py" line="63" />
            <location filename="../../desktop/services/casework/client_lists.py" line="82" />
            <source>无法按该列排序。</source>
            <translation>Cannot sort by this column.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/client_people.py" line="85" />
            <source>请填写监护人姓名。</source>
            <translation>Please enter the guardian's name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/client_people.py" line="87" />
            <source>与服务对象的关系无效。</source>
            <translation>The relationship to the client is not valid.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/client_people.py" line="104" />
            <location filename="../../desktop/services/casework/client_people.py" line="122" />
            <location filename="../../desktop/services/casework/client_people.py" line="143" />
            <location filename="../../desktop/services/reveal.py" line="103" />
            <source>找不到该监护人记录。</source>
            <translation>Guardian record not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/client_people.py" line="164" />
            <source>未知的同意范围。</source>
            <translation>Unknown consent scope.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/client_people.py" line="166" />
            <source>签署人须为本人或监护人。</source>
            <translation>The signer must be the person themselves or their guardian.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/client_people.py" line="168" />
            <source>由监护人签署时须填写监护人姓名。</source>
            <translation>When a guardian signs, enter the guardian's name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/client_people.py" line="171" />
            <source>签署日期不能晚于今天。</source>
            <translation>The signing date cannot be later than today.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/client_people.py" line="194" />
            <source>找不到该知情同意记录。</source>
            <translation>This consent record could not be found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/clients.py" line="89" />
            <source>登记册中已有 {count} 位可能是同一人的服务对象（证件号码或姓名加出生日期相同）。</source>
            <translation>The register already has {count} client(s) who may be the same person (same ID number, or same name and date of birth).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/clients.py" line="95" />
            <location filename="../../desktop/services/volunteers/register.py" line="163" />
            <source>请填写姓名。</source>
            <translation>Please enter a name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/clients.py" line="97" />
            <location filename="../../desktop/services/volunteers/register.py" line="165" />
            <source>姓名过长。</source>
            <translation>The name is too long.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/clients.py" line="99" />
            <source>未知的管理状态。</source>
            <translation>Unknown management status.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/clients.py" line="102" />
            <source>失访、死亡、迁出或结案须填写原因。</source>
            <translation>Enter a reason for lost to follow-up, deceased, moved out or case closed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/clients.py" line="105" />
            <source>状态变更日期不能晚于今天。</source>
            <translation>The status change date cannot be later than today.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/clients.py" line="107" />
            <source>未知的户别。</source>
            <translation>Unknown household type.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/clients.py" line="110" />
            <source>关爱帮扶小组成员的角色无效。</source>
            <translation>A care-and-support team member has an invalid role.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/clients.py" line="114" />
            <source>未知的就业情况。</source>
            <translation>Unknown employment status.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/clients.py" line="116" />
            <source>未知的经济状况。</source>
            <translation>Unknown economic status.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/clients.py" line="118" />
            <source>精神残疾等级应为一级至四级。</source>
            <translation>The psychiatric disability grade must be 1 to 4.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/clients.py" line="134" />
            <source>地址代码不在区划表中。</source>
            <translation>The address code is not in the administrative divisions table.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="144" />
            <source>定稿前请填写以下项目：{items}。</source>
            <translation>Fill in these items before finalising: {items}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="173" />
            <source>危险性{risk}级：本次随访分类只能是“不稳定”，不能调整。</source>
            <translation>Risk level {risk}: this follow-up can only be classed "unstable"; it cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="184" />
            <source>请填写被通知的{party}的姓名。</source>
            <translation>Enter the name of the {party} who was notified.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="194" />
            <source>通知{party}的时间早于本次随访。</source>
            <translation>The {party} was notified before this visit.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="203" />
            <source>通知{party}的时间晚于定稿时间。</source>
            <translation>The {party} notification is later than finalising.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="213" />
            <source>危险性3级及以上：请先记录已通知的人员、时间和方式。</source>
            <translation>Risk level 3 or above: first record who was notified, when and how.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="222" />
            <source>危险性{risk}级：请记录已通知{party}（姓名、时间和方式）。</source>
            <translation>Risk level {risk}: record that the {party} was notified (name, time and channel).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="231" />
            <source>危险性{risk}级：是否转诊应为“是”，并填写转诊原因和接收机构。</source>
            <translation>Risk level {risk}: referral must be "yes", with the reason and the receiving institution.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="250" />
            <source>所选分类与系统建议不同：请写明调整理由（至少{n}个字）。</source>
            <translation>The chosen class differs from the suggestion: write the reason (at least {n} characters).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="259" />
            <source>只有站长（督导）可以采用与系统建议不同的随访分类；请采用建议分类或请站长定稿。</source>
            <translation>Only the station lead (supervisor) may choose a class other than the suggested one; take the suggestion or ask the lead to finalise.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="247" />
            <source>随访日期不能晚于今天。</source>
            <translation>The visit date cannot be later than today.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="259" />
            <source>信息来源无效。</source>
            <translation>Invalid information source.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="261" />
            <source>用药情况和用药指导各最多填写3种药物。</source>
            <translation>Enter at most 3 drugs each for current medication and medication guidance.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="264" />
            <source>时间格式应为 时:分，如 09:30。</source>
            <translation>Enter the time as hh:mm, e.g. 09:30.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="266" />
            <source>结束时间不能早于开始时间。</source>
            <translation>The end time cannot be earlier than the start time.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="268" />
            <source>死亡日期不能晚于今天。</source>
            <translation>The date of death cannot be later than today.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="271" />
            <source>下次随访日期须晚于本次随访日期。</source>
            <translation>The next visit date must be later than this visit's date.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="273" />
            <source>未知的处置阶段。</source>
            <translation>Unknown intervention stage.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="276" />
            <source>通知对象或通知方式无效。</source>
            <translation>Invalid notified party or notification method.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="278" />
            <source>通知时间格式应为 年-月-日 时:分。</source>
            <translation>Enter the notification time as YYYY-MM-DD hh:mm.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="292" />
            <source>末次出院时间不能晚于今天。</source>
            <translation>The last discharge cannot be later than today.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="294" />
            <source>末次出院时间不能晚于随访日期。</source>
            <translation>The last discharge date cannot be later than the visit date.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="304" />
            <source>末次出院时间不能早于服务对象的出生日期。</source>
            <translation>The last discharge cannot be before the client's birth date.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_json.py" line="80" />
            <source>文件中“{key}”应为 YYYY-MM-DD 格式的日期。</source>
            <translation>"{key}" in the file must be a date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_json.py" line="92" />
            <source>文件中“{key}”应为 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期。</source>
            <translation>"{key}" in the file must be a date written YYYY, YYYY-MM or YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_json.py" line="100" />
            <location filename="../../desktop/services/casework/visit_json.py" line="106" />
            <location filename="../../desktop/services/casework/visit_json.py" line="112" />
            <location filename="../../desktop/services/casework/visit_json.py" line="119" />
            <location filename="../../desktop/services/casework/visit_json.py" line="123" />
            <location filename="../../desktop/services/casework/visit_json.py" line="125" />
            <location filename="../../desktop/services/casework/visit_json.py" line="133" />
            <location filename="../../desktop/services/casework/visit_json.py" line="140" />
            <location filename="../../desktop/services/casework/visit_json.py" line="152" />
            <location filename="../../desktop/services/casework/visit_json.py" line="157" />
            <location filename="../../desktop/services/casework/visit_json.py" line="161" />
            <source>文件中“{key}”的值类型不对。</source>
            <translation>"{key}" in the file has a value of the wrong type.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_json.py" line="192" />
            <source>访视文件应为一个 JSON 对象。</source>
            <translation>The visit file must hold one JSON object.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_json.py" line="194" />
            <source>不认识的访视文件格式：“{key}”。</source>
            <translation>Unknown visit file format: "{key}".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_json.py" line="197" />
            <source>文件中有不认识的项目：“{key}”。</source>
            <translation>The file has an unknown item: "{key}".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_json.py" line="208" />
            <source>文件中缺少“{key}”。</source>
            <translation>"{key}" is missing from the file.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visits.py" line="168" />
            <location filename="../../desktop/services/casework/visits.py" line="245" />
            <source>该访视记录已定稿，不能修改；如需更正请添加补充说明。</source>
            <translation>This visit record is finalised and cannot be changed. To correct it, add an addendum.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visits.py" line="170" />
            <source>不能把访视记录移到另一位服务对象名下。</source>
            <translation>A visit record cannot be moved to another client.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visits.py" line="195" />
            <location filename="../../desktop/services/exchange/status.py" line="349" />
            <location filename="../../desktop/services/exchange/status.py" line="369" />
            <location filename="../../desktop/services/scope.py" line="116" />
            <source>找不到该服务对象，可能已被删除或移交。</source>
            <translation>This client could not be found; the record may have been deleted or transferred.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visits.py" line="274" />
            <source>请填写补充说明的内容。</source>
            <translation>Please enter the text of the addendum.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visits.py" line="278" />
            <source>草稿可以直接修改，定稿后才需要补充说明。</source>
            <translation>A draft can be edited directly; an addendum is only needed after finalising.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo/setup.py" line="44" />
            <source>该数据目录已有服务对象记录，演示数据只能写入空的数据目录。</source>
            <translation>This data folder already has client records. Demo data can only be written to an empty data folder.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/exporter.py" line="44" />
            <source>本次导出超过单个数据包的上限（{limit} 条记录），接收方无法导入，因此没有生成文件。请联系技术支持。</source>
            <translation>This export holds more than one bundle may carry ({limit} records); the recipient could not import it, so no file was written. Please contact technical support.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/importer.py" line="88" />
            <source>数据包未能写入数据库（{detail}），已全部撤销，未导入任何数据。请检查磁盘空间后重试。</source>
            <translation>The bundle could not be written to the database ({detail}). Everything was rolled back and no data was imported. Check the disk space and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/keys.py" line="48" />
            <source>本机尚未生成数据交换密钥。请由管理员运行“stationdesk keys create”或在数据交换页面生成密钥。</source>
            <translation>This computer has no data exchange keys yet. Ask an administrator to run “stationdesk keys create” or create the keys on the Data exchange page.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/keys.py" line="53" />
            <source>本机已有数据交换密钥，不会覆盖。</source>
            <translation>This computer already has data exchange keys; they will not be overwritten.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/keys.py" line="58" />
            <source>该登记文件是本机自己的，不能把自己登记为对方站点。</source>
            <translation>This enrolment file belongs to this computer; you cannot enrol your own station as the other station.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/keys.py" line="63" />
            <source>站点 {peer} 已用另一组密钥登记过。若对方确实更换了密钥，请先核对指纹后使用“替换”选项。</source>
            <translation>Station {peer} is already enrolled with different keys. If they really have changed their keys, check the fingerprint first, then use the “Replace” option.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/keys.py" line="157" />
            <source>新的密钥口令至少需要 8 个字符。</source>
            <translation>The new key passphrase must be at least 8 characters.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/keys.py" line="239" />
            <source>站点 {peer} 尚未登记。请先交换登记文件并核对指纹。</source>
            <translation>Station {peer} is not enrolled yet. Exchange enrolment files and check the fingerprint first.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/status.py" line="188" />
            <source>未知的数据表。</source>
            <translation>Unknown data table.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/status.py" line="294" />
            <source>找不到该冲突记录。</source>
            <translation>This conflict record could not be found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/status.py" line="296" />
            <source>该冲突已处理过。</source>
            <translation>This conflict has already been resolved.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/status.py" line="301" />
            <source>冲突所属的记录已不存在。</source>
            <translation>The record this conflict belongs to no longer exists.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/status.py" line="364" />
            <source>只有区级安装才能在站点之间移交服务对象。</source>
            <translation>Only a district office installation can transfer clients between stations.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/status.py" line="372" />
            <source>未知的站点代码。</source>
            <translation>Unknown station code.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/status.py" line="374" />
            <source>该服务对象已属于该站点。</source>
            <translation>This client already belongs to that station.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/casework.py" line="86" />
            <source>无法写入文件：{detail}</source>
            <translation>Could not write the file: {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/casework.py" line="91" />
            <source>该表单只能打印脱敏版本。</source>
            <translation>This form can only be printed in the masked version.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/casework.py" line="102" />
            <source>周次格式应为 YYYY-Www，如 2026-W48。</source>
            <translation>Enter the week as YYYY-Www, e.g. 2026-W48.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/casework.py" line="109" />
            <source>月份格式应为 YYYY-MM，如 2026-10。</source>
            <translation>Enter the month as YYYY-MM, e.g. 2026-10.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/casework.py" line="244" />
            <source>{day} 没有计划随访的服务对象。</source>
            <translation>No clients have a visit planned on {day}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/casework.py" line="274" />
            <source>该现场访视表由其他站点打印，不能在本站录入。</source>
            <translation>This field visit form was printed by another station and cannot be entered at this station.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/volunteer.py" line="196" />
            <location filename="../../desktop/services/volunteers/certificates.py" line="129" />
            <location filename="../../desktop/services/volunteers/register.py" line="296" />
            <location filename="../../desktop/services/volunteers/rota_plan.py" line="74" />
            <source>找不到该志愿者。</source>
            <translation>Volunteer not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/volunteer.py" line="201" />
            <source>找不到该志愿者的这份证明登记。</source>
            <translation>This certificate record for the volunteer could not be found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/volunteer.py" line="203" />
            <location filename="../../desktop/services/volunteers/certificates.py" line="303" />
            <source>该证明已作废，不能打印。</source>
            <translation>This certificate has been voided and cannot be printed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/volunteer.py" line="206" />
            <source>请填写证明的起止日期。</source>
            <translation>Please enter the certificate's start and end dates.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/ownership.py" line="20" />
            <source>该服务对象已移交给站点 {owner}，本站只保留只读的历史记录，不能修改。</source>
            <translation>This client has been transferred to station {owner}. This station keeps only a read-only history, which cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reveal.py" line="62" />
            <source>该字段不能显示。</source>
            <translation>This field cannot be revealed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reveal.py" line="65" />
            <location filename="../../desktop/services/reveal.py" line="97" />
            <source>请填写查看完整信息的原因。</source>
            <translation>Please enter a reason for revealing the full details.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reveal.py" line="95" />
            <source>该项不能显示完整内容。</source>
            <translation>Full details cannot be revealed for this item.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scope.py" line="126" />
            <source>找不到该访视记录，可能已被删除。</source>
            <translation>This visit record could not be found; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/export.py" line="236" />
            <source>月份格式应为 YYYY-MM，例如 2026-03。</source>
            <translation>Enter the month as YYYY-MM, e.g. 2026-03.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/export.py" line="245" />
            <source>导出完整身份证号和电话需要站长权限。</source>
            <translation>Exporting full ID numbers and phone numbers requires station lead permission.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/export.py" line="247" />
            <source>导出完整身份证号和电话须填写理由。</source>
            <translation>Exporting full ID numbers and phones needs a reason.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/export.py" line="275" />
            <source>未知的导出内容：只能是 clients、visits、volunteers、hours 或 monthly。</source>
            <translation>Unknown export content: it must be clients, visits, volunteers, hours or monthly.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/export.py" line="317" />
            <source>没有可导出的列。</source>
            <translation>There are no columns to export.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/importer.py" line="131" />
            <source>工作表中没有任何内容。</source>
            <translation>The worksheet is empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/importer.py" line="149" />
            <source>同一个字段被映射到了多列，请只保留一列。</source>
            <translation>The same field is mapped to more than one column. Keep only one.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/importer.py" line="196" />
            <source>表格缺少必需的列：{columns}。请在列映射中指定。</source>
            <translation>The sheet is missing required columns: {columns}. Assign them in the column mapping.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/limits.py" line="33" />
            <source>无法读取该文件：它不是有效的 Excel（.xlsx）或 CSV 文件，或文件已损坏。</source>
            <translation>Could not read the file: it is not a valid Excel (.xlsx) or CSV file, or it is damaged.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/limits.py" line="37" />
            <source>有单元格超过 {limit} 个字，无法导入。</source>
            <translation>A cell holds more than {limit} characters and cannot be imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/limits.py" line="42" />
            <source>工作表超过 {limit} 个单元格，请删除多余的行列或拆分后再导入。</source>
            <translation>The sheet has more than {limit} cells. Delete unused rows and columns or split it, then import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/reader.py" line="56" />
            <source>找不到要导入的文件，或它不是一个文件。</source>
            <translation>The file to import could not be found, or it is not a file.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/reader.py" line="61" />
            <source>无法打开该文件：可能正被其他程序占用，或没有读取权限。</source>
            <translation>Could not open the file: it may be in use by another program, or you may not have permission to read it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/reader.py" line="63" />
            <location filename="../../desktop/services/sheets/reader.py" line="150" />
            <source>文件是空的，没有可导入的内容。</source>
            <translation>The file is empty; there is nothing to import.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/reader.py" line="67" />
            <source>不支持旧版 .xls 格式或加密的工作簿：请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再导入。</source>
            <translation>Old .xls files and encrypted workbooks are not supported. In Excel or WPS, remove the password and save as .xlsx, then import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/reader.py" line="78" />
            <source>工作簿缺少必要的组成部分（例如工作表数据），文件已损坏，请重新保存后再导入。</source>
            <translation>The workbook lacks a required part (for example the sheet data) and is damaged. Save it again and retry the import.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/reader.py" line="93" />
            <location filename="../../desktop/services/sheets/reader.py" line="154" />
            <source>工作簿中没有这个名称的工作表。</source>
            <translation>The workbook has no worksheet with this name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/reader.py" line="98" />
            <source>所选工作表是图表，不是数据表。</source>
            <translation>The selected sheet is a chart, not a data sheet.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/reader.py" line="106" />
            <location filename="../../desktop/services/sheets/reader.py" line="161" />
            <source>工作表超过 {limit} 行，请拆分后再导入。</source>
            <translation>The worksheet has more than {limit} rows. Split it up and import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/reader.py" line="134" />
            <source>无法识别 CSV 文件的编码：请另存为“CSV UTF-8”或 GBK 编码后再导入。</source>
            <translation>Could not detect the CSV file's encoding. Save it as “CSV UTF-8” or with GBK encoding, then import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/reader.py" line="147" />
            <source>文件过大，请拆分后再导入。</source>
            <translation>The file is too large. Split it up and import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/workbook.py" line="123" />
            <source>导出位置的文件夹不存在。</source>
            <translation>The export folder does not exist.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sheets/workbook.py" line="168" />
            <location filename="../../desktop/services/sheets/workbook.py" line="174" />
            <source>无法写入导出文件：{detail}</source>
            <translation>Could not write the export file: {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/station_key.py" line="24" />
            <source>数据库文件已加密，但数据目录中没有它的密钥文件 keyring.json，程序无法打开它。请把该站点原数据目录中的 keyring.json 复制回这个文件夹；找不到时，站长可用保险柜中的恢复密钥（stationdesk recover）重新设置自己的密码。</source>
            <translation>The database is encrypted, but its key file keyring.json is not in the data folder, so the program cannot open it. Copy keyring.json back from the station's original data folder; if it cannot be found, the station lead can set their own password again with the recovery key from the safe (stationdesk recover).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/station_key.py" line="107" />
            <source>恢复密钥不正确。</source>
            <translation>The recovery key is not correct.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/station_key.py" line="144" />
            <source>该数据目录尚未加密。</source>
            <translation>This data directory is not encrypted yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/unlock_guard.py" line="90" />
            <source>登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试。</source>
            <translation>Too many failed sign-in attempts, so the account is locked. Please try again in {minutes} min.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/certificates.py" line="192" />
            <source>证明期间的结束日期不能早于开始日期。</source>
            <translation>The end of the certificate period cannot be before its start.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/certificates.py" line="198" />
            <source>出具日期（{issued}）不能早于证明期间的结束日期（{end}）。</source>
            <translation>The issue date ({issued}) cannot be before the end of the certified period ({end}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/certificates.py" line="212" />
            <source>同时出具的证明较多，编号分配未成功，请稍后重试。</source>
            <translation>Too many certificates are being issued at once and no number could be assigned. Please try again shortly.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/certificates.py" line="221" />
            <location filename="../../desktop/services/volunteers/certificates.py" line="301" />
            <source>找不到该证明。</source>
            <translation>Certificate not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/committee_rotation.py" line="52" />
            <source>居委会代码不在区划表中。</source>
            <translation>The neighbourhood committee code is not in the administrative divisions table.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/hours.py" line="221" />
            <source>找不到该工时记录。</source>
            <translation>This hours record could not be found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/hours.py" line="294" />
            <source>只有草稿状态的工时记录可以修改。</source>
            <translation>Only hours records in draft can be changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/hours_export.py" line="46" />
            <source>导出文件须为 .xlsx 或 .csv 格式。</source>
            <translation>The export file must be .xlsx or .csv.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/kiosk.py" line="116" />
            <source>找不到这位志愿者，请联系协调员。</source>
            <translation>Volunteer not found. Please contact the volunteer coordinator.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/kiosk.py" line="118" />
            <source>该志愿者当前不在岗，不能签到，请联系协调员。</source>
            <translation>This volunteer is not currently active and cannot check in. Please contact the volunteer coordinator.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/kiosk.py" line="137" />
            <source>请输入手机号码的后四位数字。</source>
            <translation>Enter the last four digits of your phone number.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/register.py" line="182" />
            <source>志愿者编号应为 8–24 位字母或数字（上海志愿者网统一编号）。</source>
            <translation>The volunteer number must be 8–24 letters or digits (the Shanghai Volunteer Network unified number).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/register.py" line="190" />
            <source>培训、表彰或评价记录缺少名称。</source>
            <translation>A training, commendation or evaluation record has no title.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/register.py" line="207" />
            <source>已有使用该证件号码的志愿者登记，请勿重复登记。</source>
            <translation>A volunteer with this ID number is already registered. Do not register them twice.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/roster.py" line="140" />
            <source>找不到该班次模板。</source>
            <translation>This shift template could not be found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/roster.py" line="195" />
            <source>找不到该班次。</source>
            <translation>This shift could not be found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/rota_plan.py" line="109" />
            <source>排班还有{count}处冲突，请先处理后再保存。</source>
            <translation>The rota still has {count} conflict(s). Resolve them before saving.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/settings.py" line="135" />
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="197" />
            <source>日期格式应为 YYYY-MM-DD。</source>
            <translation>Enter the date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/settings.py" line="138" />
            <source>节日名称过长。</source>
            <translation>The holiday name is too long.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/volunteers/settings.py" line="151" />
            <source>本程序已收录该年的法定节假日安排，无需补充。</source>
            <translation>StationDesk already includes the public holidays for that year; there is no need to add them.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="19" />
            <source>数据交换文件处理失败。</source>
            <translation>Processing the data exchange file failed.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="27" />
            <source>本机密钥文件已损坏或格式不正确，无法读取。请从备份恢复密钥文件。</source>
            <translation>This computer's key file is damaged or malformed and cannot be read. Restore the key file from a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="32" />
            <source>密钥口令不正确，请重新输入。</source>
            <translation>Incorrect key passphrase. Please enter it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="37" />
            <source>指纹不一致：对方念出的指纹与文件中的密钥不符。请勿信任该文件，并通过电话与对方重新核对。</source>
            <translation>Fingerprint mismatch: the fingerprint read out by the other station does not match the key in the file. Do not trust this file; check again with them by phone.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="42" />
            <source>登记文件已损坏或格式不正确（{detail}），无法读取。请让对方重新导出登记文件。</source>
            <translation>The enrolment file is damaged or malformed ({detail}) and cannot be read. Ask the other station to export its enrolment file again.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="48" />
            <source>登记文件由更新版本的社工站工作台生成（格式版本 {found}，本程序只认识到 {known}），请先升级本程序。</source>
            <translation>The enrolment file was made by a newer version of StationDesk (format version {found}; this version only knows up to {known}). Please upgrade StationDesk first.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="59" />
            <source>数据包处理失败。</source>
            <translation>Processing the bundle failed.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="64" />
            <source>无法读取数据包文件（{detail}）。请检查U盘或文件夹是否可用。</source>
            <translation>Could not read the bundle file ({detail}). Check that the USB drive or folder is available.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="69" />
            <source>数据包写入失败（{detail}），未留下不完整的文件。请检查磁盘空间或U盘后重试。</source>
            <translation>Writing the bundle failed ({detail}); no incomplete file was left behind. Check the disk space or USB drive and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="74" />
            <source>该文件不是社工站工作台的数据包（.sdbundle）。</source>
            <translation>This file is not a StationDesk bundle (.sdbundle).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="79" />
            <source>数据包不完整（文件被截断），可能复制未完成。请重新复制或让对方重新导出。未导入任何数据。</source>
            <translation>The bundle is incomplete (the file is truncated); copying may not have finished. Copy it again or ask the sender to export it again. No data was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="84" />
            <source>数据包的清单部分已损坏，无法识别发送方。请让对方重新导出。未导入任何数据。</source>
            <translation>The bundle's manifest is damaged, so the sender cannot be identified. Ask the sender to export it again. No data was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="90" />
            <source>数据包由更新版本的社工站工作台生成（格式版本 {found}，本程序只认识到 {known}）。请先升级本程序再导入。未导入任何数据。</source>
            <translation>The bundle was made by a newer version of StationDesk (format version {found}; this version only knows up to {known}). Upgrade StationDesk first, then import again. No data was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="97" />
            <source>数据包来自未登记的站点（{sender}）。请先交换登记文件并核对指纹。未导入任何数据。</source>
            <translation>The bundle comes from a station that is not enrolled ({sender}). Exchange enrolment files and check the fingerprint first. No data was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="103" />
            <source>数据包签名无效：它不是由站点 {sender} 的登记密钥签署的，或内容已被改动。请勿使用该文件。未导入任何数据。</source>
            <translation>Invalid bundle signature: it was not signed with the enrolled key of station {sender}, or its contents have been altered. Do not use this file. No data was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="109" />
            <source>该数据包是发给站点 {recipient} 的，不是发给本站（{me}）的。未导入任何数据。</source>
            <translation>This bundle is addressed to station {recipient}, not to this station ({me}). No data was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="114" />
            <source>数据包内容与签名清单不符，文件已被改动或损坏。请让对方重新导出。未导入任何数据。</source>
            <translation>The bundle contents do not match the signed manifest; the file has been altered or damaged. Ask the sender to export it again. No data was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="120" />
            <source>无法用本站密钥解密该数据包：它是用本站的另一把（旧的或其他安装的）密钥加密的。请确认对方登记的是本站当前的密钥。未导入任何数据。</source>
            <translation>This bundle cannot be decrypted with this station's keys: it was encrypted for another key of this station (an old one, or one from another installation). Ask the sender to check that they enrolled this station's current keys. No data was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="127" />
            <source>数据包内容无法解读（{detail}）。请让对方重新导出。未导入任何数据。</source>
            <translation>The bundle contents cannot be read ({detail}). Ask the sender to export it again. No data was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="132" />
            <source>该文件是“{found}”类型的数据包，此处需要“{expected}”类型。</source>
            <translation>This file is a “{found}” bundle; a “{expected}” bundle is needed here.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="137" />
            <source>回执内容不完整或格式不正确（{detail}），无法使用。</source>
            <translation>The receipt is incomplete or malformed ({detail}) and cannot be used.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="146" />
            <source>数据包中的版本时间比本机时钟超前一天以上，或超出了可表示的范围。请核对发送方和本机电脑的日期与时间后重新导出。未导入任何数据。</source>
            <translation>The bundle carries version times more than a day ahead of this computer's clock, or outside the range that can be stored. Check the date and time on both computers and export again. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="153" />
            <source>数据包超出了允许的大小（{detail}）。请分批导出或联系区中心。未导入任何数据。</source>
            <translation>The bundle is larger than allowed ({detail}). Export in parts or contact the district office. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="158" />
            <source>数据包中有一条记录超过了允许的长度（{detail}）。请让对方检查后重新导出。未导入任何数据。</source>
            <translation>A record in the bundle is longer than allowed ({detail}). Ask the sender to check and export again. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/errors.py" line="163" />
            <source>数据包解压后的大小与压缩后的大小之比异常（{detail}），已拒绝。未导入任何数据。</source>
            <translation>The bundle expands far more than data can when decompressed ({detail}) and was refused. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/casework/partial_date_edit.py" line="64" />
            <source>末次出院时间应写成 年、年-月 或 年-月-日，如 2024、2024-06、2024-06-15。</source>
            <translation>Write the last discharge as a year, year-month or full date, e.g. 2024, 2024-06 or 2024-06-15.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/errors.py" line="31" />
            <source>请检查输入</source>
            <translation>Please check your entry</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/errors.py" line="33" />
            <source>未能完成</source>
            <translation>Could not complete</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/errors.py" line="38" />
            <source>程序出错</source>
            <translation>Program error</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/shell/errors.py" line="39" />
            <source>发生了意外错误，操作未完成，已保存的数据不受影响。详细信息已写入日志文件。</source>
            <translation>An unexpected error occurred and the operation was not completed. Data already saved is not affected. Details have been written to the log file.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/opening.py" line="172" />
            <source>数据库文件已损坏。</source>
            <translation>The database file is damaged.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup/opening.py" line="183" />
            <source>程序仍在打开数据库，请稍后再登录。</source>
            <translation>StationDesk is still opening the database; please sign in again in a moment.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/hours_tab.py" line="241" />
            <source>时间格式应为 时:分，如 11:30。</source>
            <translation>Enter the time as HH:MM, e.g. 11:30.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="194" />
            <source>记录中的日期格式应为 YYYY-MM-DD。</source>
            <translation>Dates in the records must be in YYYY-MM-DD format.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/volunteer_dialog.py" line="201" />
            <source>学时应为数字。</source>
            <translation>Training hours must be a number.</translation>
        </message>
    </context>
    <context>
        <name>notices</name>
        <message>
            <location filename="../../desktop/domain/classification.py" line="181" />
            <source>记录了自伤或自杀未遂，但危险性低于4级，请核对。</source>
            <translation>Self-harm or attempted suicide is recorded, but the risk level is below 4. Please check.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="185" />
            <source>记录了肇祸行为，但危险性低于3级，请核对。</source>
            <translation>Causing serious harm is recorded, but the risk level is below 3. Please check.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="189" />
            <source>勾选了“伤人毁物”症状，但危险性为0级，请核对。</source>
            <translation>The symptom “Violence to people or property” is ticked, but the risk level is 0. Please check.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="195" />
            <source>药物不良反应填“无”，却标记了严重不良反应，请核对。</source>
            <translation>Adverse drug reactions is “None”, but a serious adverse reaction is marked. Please check.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="202" />
            <source>两次随访期间有关锁情况：请及时报告，协助解除关锁并落实救治。</source>
            <translation>The client was locked up since the last visit: report this promptly, help to end the locking up and arrange treatment.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/classification.py" line="209" />
            <source>住院情况为“曾住院，现未住院”，请填写末次出院时间。</source>
            <translation>Hospitalisation is “Was admitted, now discharged”: please enter the last discharge date.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="121" />
            <source>已将15位旧身份证号码升为18位，原号码一并保存。</source>
            <translation>The old 15-digit ID number was converted to 18 digits; the original number is kept as well.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="148" />
            <source>外国人永久居留身份证号码通常以9开头，请核对。</source>
            <translation>Foreign permanent resident ID card numbers usually start with 9. Please check it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="152" />
            <source>港澳台居民居住证号码通常以810000、820000或830000开头，请核对。</source>
            <translation>Residence permit numbers of Hong Kong, Macao and Taiwan residents usually start with 810000, 820000 or 830000. Please check it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="156" />
            <source>地址码是已撤销的上海区县编码，按初次登记地编码，属正常情况。</source>
            <translation>The address code is a former Shanghai district code. ID numbers keep the code of the place of first registration, so this is normal.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="159" />
            <source>地址码不是已知的上海市区县编码，请核对。</source>
            <translation>The address code is not a known Shanghai district code. Please check it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="161" />
            <source>地址码的前两位不是有效的省级编码，请核对。</source>
            <translation>The first two digits of the address code are not a valid province code. Please check it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="175" />
            <source>证件号码格式与该证件类型的常见格式不同，请核对。</source>
            <translation>The ID number does not match the usual format for this ID type. Please check it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="184" />
            <source>填写的性别与证件号码不一致。</source>
            <translation>The sex entered does not match the ID number.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/idnumber.py" line="186" />
            <source>填写的出生日期与证件号码不一致。</source>
            <translation>The date of birth entered does not match the ID number.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/phone.py" line="103" />
            <source>未填区号，已按上海固定电话（021）处理。</source>
            <translation>No area code given, so the number was treated as a Shanghai landline (021).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/phone.py" line="128" />
            <source>该手机号段不常见，请核对号码。</source>
            <translation>This mobile number prefix is unusual. Please check the number.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="324" />
            <source>危险性3级及以上：应记录转诊（是否转诊＝是，原因及接收机构）。</source>
            <translation>Risk level 3 or above: record a referral (Referred = Yes, with the reason and receiving institution).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="331" />
            <source>以下临床项目未注明信息来源：{names}。</source>
            <translation>These clinical items have no information source: {names}.</translation>
        </message>
    </context>
    <context>
        <name>pdf</name>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="26" />
            <source>家庭访视记录（现场填写）</source>
            <translation>Home visit record (on-site form)</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="74" />
            <location filename="../../desktop/pdf/blocks.py" line="111" />
            <location filename="../../desktop/pdf/certificate.py" line="71" />
            <location filename="../../desktop/pdf/client.py" line="77" />
            <location filename="../../desktop/pdf/client.py" line="123" />
            <location filename="../../desktop/pdf/national_visit.py" line="259" />
            <location filename="../../desktop/pdf/visit_parts.py" line="61" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="75" />
            <location filename="../../desktop/pdf/blocks.py" line="112" />
            <location filename="../../desktop/pdf/client.py" line="59" />
            <source>个案编号</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="76" />
            <location filename="../../desktop/pdf/blocks.py" line="115" />
            <location filename="../../desktop/pdf/certificate.py" line="74" />
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="77" />
            <location filename="../../desktop/pdf/blocks.py" line="116" />
            <location filename="../../desktop/pdf/client.py" line="123" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="78" />
            <location filename="../../desktop/pdf/client.py" line="77" />
            <source>住址</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="79" />
            <location filename="../../desktop/pdf/blocks.py" line="118" />
            <source>监护人</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="80" />
            <location filename="../../desktop/pdf/client.py" line="44" />
            <source>上次随访</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="81" />
            <source>计划日期</source>
            <translation>Planned date</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="82" />
            <location filename="../../desktop/pdf/blank_visit.py" line="120" />
            <location filename="../../desktop/pdf/client.py" line="42" />
            <location filename="../../desktop/pdf/national_visit.py" line="148" />
            <location filename="../../desktop/pdf/visit.py" line="57" />
            <source>危险性评估</source>
            <translation>Risk assessment</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="83" />
            <source>上次分类</source>
            <translation>Last classification</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="86" />
            <source>扫码录入本次访视</source>
            <translation>Scan to enter this visit</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="104" />
            <location filename="../../desktop/pdf/national_visit.py" line="56" />
            <source>____年____月____日</source>
            <translation>______-____-____</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="105" />
            <location filename="../../desktop/pdf/client.py" line="117" />
            <location filename="../../desktop/pdf/national_visit.py" line="49" />
            <location filename="../../desktop/pdf/visit.py" line="37" />
            <source>信息来源</source>
            <translation>Information source</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="112" />
            <location filename="../../desktop/pdf/national_visit.py" line="165" />
            <location filename="../../desktop/pdf/visit.py" line="71" />
            <source>次</source>
            <translation>times</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="117" />
            <location filename="../../desktop/pdf/monthly.py" line="106" />
            <location filename="../../desktop/pdf/visit.py" line="159" />
            <source>随访形式</source>
            <translation>Visit mode</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="118" />
            <location filename="../../desktop/pdf/visit.py" line="49" />
            <source>随访对象</source>
            <translation>Person seen</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="119" />
            <location filename="../../desktop/pdf/national_visit.py" line="133" />
            <source>若失访，原因</source>
            <translation>If lost to follow-up, reason</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="121" />
            <location filename="../../desktop/pdf/national_visit.py" line="150" />
            <location filename="../../desktop/pdf/visit.py" line="59" />
            <source>目前症状</source>
            <translation>Current symptoms</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="122" />
            <location filename="../../desktop/pdf/national_visit.py" line="154" />
            <location filename="../../desktop/pdf/visit.py" line="60" />
            <source>自知力</source>
            <translation>Insight</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="124" />
            <source>睡眠 / 饮食</source>
            <translation>Sleep / appetite</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="127" />
            <location filename="../../desktop/pdf/visit.py" line="69" />
            <source>社会功能情况</source>
            <translation>Social functioning</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="128" />
            <location filename="../../desktop/pdf/national_visit.py" line="172" />
            <location filename="../../desktop/pdf/visit.py" line="77" />
            <source>危险行为</source>
            <translation>Dangerous behaviour</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="129" />
            <location filename="../../desktop/pdf/visit.py" line="78" />
            <source>关锁情况</source>
            <translation>Locking up</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="130" />
            <location filename="../../desktop/pdf/data.py" line="34" />
            <location filename="../../desktop/pdf/visit.py" line="83" />
            <source>住院情况</source>
            <translation>Hospitalisation</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="131" />
            <location filename="../../desktop/pdf/national_visit.py" line="189" />
            <location filename="../../desktop/pdf/visit.py" line="86" />
            <source>用药依从性</source>
            <translation>Medication adherence</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="132" />
            <source>早/中/晚</source>
            <translation>Morning/noon/evening</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="132" />
            <location filename="../../desktop/pdf/data.py" line="28" />
            <location filename="../../desktop/pdf/national_visit.py" line="213" />
            <location filename="../../desktop/pdf/visit.py" line="171" />
            <source>用药情况</source>
            <translation>Medication</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="132" />
            <source>药名</source>
            <translation>Drug</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="133" />
            <location filename="../../desktop/pdf/data.py" line="31" />
            <location filename="../../desktop/pdf/national_visit.py" line="191" />
            <location filename="../../desktop/pdf/visit.py" line="88" />
            <source>药物不良反应</source>
            <translation>Adverse drug reactions</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="134" />
            <location filename="../../desktop/pdf/data.py" line="30" />
            <location filename="../../desktop/pdf/national_visit.py" line="199" />
            <location filename="../../desktop/pdf/visit.py" line="90" />
            <source>治疗效果</source>
            <translation>Treatment effect</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="136" />
            <location filename="../../desktop/pdf/national_visit.py" line="204" />
            <location filename="../../desktop/pdf/visit.py" line="97" />
            <source>转诊情况</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="137" />
            <source>原因/机构</source>
            <translation>Reason/institution</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="139" />
            <location filename="../../desktop/pdf/national_visit.py" line="220" />
            <location filename="../../desktop/pdf/visit.py" line="99" />
            <source>康复措施</source>
            <translation>Rehabilitation measures</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="140" />
            <location filename="../../desktop/pdf/monthly.py" line="124" />
            <location filename="../../desktop/pdf/national_visit.py" line="225" />
            <location filename="../../desktop/pdf/visit.py" line="100" />
            <source>本次随访分类</source>
            <translation>Classification of this visit</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="141" />
            <location filename="../../desktop/pdf/national_visit.py" line="237" />
            <location filename="../../desktop/pdf/visit.py" line="103" />
            <source>下次随访日期</source>
            <translation>Next visit date</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="151" />
            <location filename="../../desktop/pdf/visit_parts.py" line="23" />
            <source>家庭访视记录</source>
            <translation>Home visit record</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="151" />
            <source>现场填写用，回站后录入系统</source>
            <translation>Fill in on site; enter into the system back at the station</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="153" />
            <source>访视日期：____年____月____日　　起止时间：____:____ – ____:____　　地点：______________</source>
            <translation>Visit date: ______-____-____    Time: ____:____ – ____:____    Place: ______________</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="155" />
            <source>一、随访情况</source>
            <translation>1. Visit details</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="156" />
            <source>二、社会工作服务记录</source>
            <translation>2. Social work service record</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="158" />
            <location filename="../../desktop/pdf/visit.py" line="179" />
            <source>服务内容与过程</source>
            <translation>Service content and process</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="159" />
            <source>服务对象状态与需求</source>
            <translation>Client's condition and needs</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="160" />
            <location filename="../../desktop/pdf/visit.py" line="183" />
            <source>下一步计划</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="166" />
            <location filename="../../desktop/pdf/client.py" line="143" />
            <location filename="../../desktop/pdf/visit.py" line="161" />
            <location filename="../../desktop/pdf/visit.py" line="184" />
            <source>随访人员</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blank_visit.py" line="167" />
            <location filename="../../desktop/pdf/visit.py" line="185" />
            <source>服务对象/家属</source>
            <translation>Client/family</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blocks.py" line="113" />
            <location filename="../../desktop/pdf/certificate.py" line="72" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blocks.py" line="114" />
            <source>出生日期</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blocks.py" line="117" />
            <source>现住址</source>
            <translation>Current address</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blocks.py" line="125" />
            <source>日期：______年____月____日</source>
            <translation>Date: ______-____-____</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/blocks.py" line="129" />
            <source>签名：</source>
            <translation>Signature:</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="27" />
            <location filename="../../desktop/pdf/certificate.py" line="56" />
            <source>志愿服务记录证明</source>
            <translation>Volunteer service certificate</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="56" />
            <location filename="../../desktop/pdf/certificate.py" line="101" />
            <source>证明编号</source>
            <translation>Certificate number</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="60" />
            <source>兹证明 {name} 于 {start} 至 {end} 期间参加本单位组织的志愿服务活动，累计志愿服务时间 {hours} 小时。具体情况如下：</source>
            <translation>This is to certify that {name} took part in volunteer service activities organised by our organisation from {start} to {end}, with a total of {hours} hours of volunteer service. Details are as follows:</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="73" />
            <source>证件类型</source>
            <translation>ID type</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="75" />
            <source>志愿者编号</source>
            <translation>Volunteer number</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="78" />
            <source>一、志愿者基本信息</source>
            <translation>1. Volunteer details</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="80" />
            <source>二、志愿服务情况</source>
            <translation>2. Volunteer service</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="82" />
            <location filename="../../desktop/pdf/certificate.py" line="86" />
            <source>服务内容</source>
            <translation>Service content</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="85" />
            <location filename="../../desktop/pdf/monthly.py" line="105" />
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="86" />
            <location filename="../../desktop/pdf/client.py" line="141" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="86" />
            <source>服务时间（小时）</source>
            <translation>Service time (h)</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="86" />
            <source>活动名称</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="88" />
            <source>服务时间按实际提供志愿服务的时间计算，不含往返路程时间。</source>
            <translation>Service time counts only the time actually spent providing volunteer service, excluding travel to and from the site.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="92" />
            <source>出具单位</source>
            <translation>Issuing organisation</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="93" />
            <location filename="../../desktop/pdf/rota.py" line="91" />
            <source>联系方式</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="94" />
            <source>负责人</source>
            <translation>Person in charge</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="95" />
            <source>经办人</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="97" />
            <source>三、出具单位信息</source>
            <translation>3. Issuing organisation</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="102" />
            <source>出具日期</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="105" />
            <location filename="../../desktop/pdf/rota.py" line="95" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="108" />
            <source>负责人（签字）</source>
            <translation>Person in charge (signature)</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="109" />
            <source>经办人（签字）</source>
            <translation>Handled by (signature)</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="112" />
            <source>盖章处</source>
            <translation>Seal here</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="114" />
            <source>本证明无偿出具，加盖出具单位公章并经负责人、经办人签字后有效。</source>
            <translation>This certificate is issued free of charge and is valid once it bears the official seal of the issuing organisation and the signatures of the person in charge and the handler.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="116" />
            <source>本证明载有持证人完整证件号码，请妥善保管。</source>
            <translation> This certificate shows the holder's full ID number; please keep it safe.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/certificate.py" line="120" />
            <source>四、证明编号及出具日期</source>
            <translation>4. Certificate number and issue date</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="22" />
            <location filename="../../desktop/pdf/client.py" line="59" />
            <source>服务对象档案</source>
            <translation>Client file</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="28" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="28" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="35" />
            <source>重点关注</source>
            <translation>Priority attention</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="38" />
            <source>建档日期</source>
            <translation>Date registered</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="39" />
            <source>管理状态</source>
            <translation>Management status</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="40" />
            <source>服务对象类别</source>
            <translation>Client category</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="41" />
            <source>负责社工</source>
            <translation>Caseworker in charge</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="43" />
            <source>最近分类</source>
            <translation>Latest classification</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="45" />
            <source>下次应访</source>
            <translation>Next visit due</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="46" />
            <source>户别</source>
            <translation>Household type</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="47" />
            <source>就业情况</source>
            <translation>Employment</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="48" />
            <source>经济状况</source>
            <translation>Economic status</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="49" />
            <location filename="../../desktop/pdf/national_visit.py" line="169" />
            <location filename="../../desktop/pdf/visit.py" line="77" />
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="49" />
            <source>残疾人证</source>
            <translation>Disability card</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="50" />
            <source>家庭医生签约</source>
            <translation>Family doctor contract</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="51" />
            <source>社区康复</source>
            <translation>Community rehabilitation</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="52" />
            <source>监护补助</source>
            <translation>Guardian subsidy</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="53" />
            <source>健康档案编号</source>
            <translation>Health record number</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="60" />
            <location filename="../../desktop/pdf/visit.py" line="165" />
            <source>一、基本信息</source>
            <translation>1. Basic information</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="62" />
            <source>二、登记与管理情况</source>
            <translation>2. Registration and management</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="66" />
            <source>三、监护人及家庭成员</source>
            <translation>3. Guardian and family members</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="69" />
            <source>主要监护人</source>
            <translation>Main guardian</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="77" />
            <source>关系</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="77" />
            <source>同住</source>
            <translation>Lives together</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="77" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="79" />
            <source>未登记监护人</source>
            <translation>No guardian recorded</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="81" />
            <source>四、知情同意</source>
            <translation>4. Consent</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="84" />
            <source>有效</source>
            <translation>Valid</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="86" />
            <source>已撤回</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="97" />
            <source>同意范围</source>
            <translation>Scope of consent</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="98" />
            <source>签署人</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="99" />
            <source>签署日期</source>
            <translation>Date signed</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="100" />
            <source>告知书版本</source>
            <translation>Notice version</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="101" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="104" />
            <source>无知情同意记录</source>
            <translation>No consent on record</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="106" />
            <source>注意：无有效的建档/随访管理同意。</source>
            <translation>Note: no valid consent to record keeping / follow-up management.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="110" />
            <source>五、诊断信息（转录）</source>
            <translation>5. Diagnosis (transcribed)</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="112" />
            <location filename="../../desktop/pdf/data.py" line="27" />
            <source>诊断</source>
            <translation>Diagnosis</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="113" />
            <source>确诊医院</source>
            <translation>Diagnosing hospital</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="114" />
            <source>确诊日期</source>
            <translation>Date of diagnosis</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="115" />
            <source>初次发病</source>
            <translation>First onset</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="116" />
            <source>精防医生</source>
            <translation>Mental-health doctor</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="121" />
            <source>六、关爱帮扶小组</source>
            <translation>6. Care and support team</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="123" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="125" />
            <source>未登记</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="128" />
            <source>七、近期随访</source>
            <translation>7. Recent visits</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="142" />
            <source>形式</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="144" />
            <source>危险性</source>
            <translation>Risk</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="145" />
            <source>分类</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="146" />
            <source>摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/client.py" line="149" />
            <source>暂无随访记录</source>
            <translation>No visits recorded yet</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/data.py" line="29" />
            <location filename="../../desktop/pdf/national_visit.py" line="214" />
            <location filename="../../desktop/pdf/visit.py" line="172" />
            <source>用药指导</source>
            <translation>Medication guidance</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/data.py" line="32" />
            <location filename="../../desktop/pdf/national_visit.py" line="182" />
            <location filename="../../desktop/pdf/visit.py" line="85" />
            <source>实验室检查</source>
            <translation>Lab tests</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/data.py" line="33" />
            <source>转诊至医院</source>
            <translation>Hospital referral</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/data.py" line="195" />
            <source>社工</source>
            <translation>Caseworker</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="25" />
            <location filename="../../desktop/pdf/monthly.py" line="73" />
            <source>月度工作统计</source>
            <translation>Monthly figures</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="65" />
            <source>各形式随访人次</source>
            <translation>Visits by mode</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="72" />
            <location filename="../../desktop/pdf/text.py" line="47" />
            <source>{year}年{month}月</source>
            <translation>{month}/{year}</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="77" />
            <source>随访总人次</source>
            <translation>Total visits</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="78" />
            <source>面访人次（占比）</source>
            <translation>Face-to-face visits (share)</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="79" />
            <source>在册服务对象</source>
            <translation>Clients on the register</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="80" />
            <source>本月新增服务对象</source>
            <translation>New clients this month</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="81" />
            <source>逾期未访人数</source>
            <translation>Clients overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="82" />
            <source>高风险（3级及以上）</source>
            <translation>High risk (level 3 and above)</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="83" />
            <source>小时</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="83" />
            <source>志愿服务时长</source>
            <translation>Volunteer service hours</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="84" />
            <source>参与志愿者 / 班次</source>
            <translation>Volunteers / shifts</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="89" />
            <source>全年≥4次随访达标（截至{day}）</source>
            <translation>≥ 4 follow-ups this year (to {day})</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="93" />
            <source>随访不足4次 / 间隔超3个月</source>
            <translation>Fewer than 4 / gap over 3 months</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="97" />
            <source>一、概况</source>
            <translation>1. Overview</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="99" />
            <source>二、随访形式</source>
            <translation>2. Visit mode</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="106" />
            <location filename="../../desktop/pdf/monthly.py" line="124" />
            <source>人次</source>
            <translation>Visits</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="106" />
            <location filename="../../desktop/pdf/monthly.py" line="124" />
            <source>占比</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="114" />
            <source>三、随访分类</source>
            <translation>3. Visit classification</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="122" />
            <source>未分类（非严重精神障碍随访等）</source>
            <translation>Not classified (e.g. visits not for severe mental illness)</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/monthly.py" line="127" />
            <source>四、说明</source>
            <translation>4. Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="26" />
            <location filename="../../desktop/pdf/national_visit.py" line="255" />
            <source>严重精神障碍患者随访服务记录表</source>
            <translation>Follow-up record form for patients with severe mental disorders</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="65" />
            <source>本次为{mode}，非国家表所列随访形式（见表下注）</source>
            <translation>This contact was a {mode}, not a follow-up mode of the national form (see the note below)</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="75" />
            <source>注：本记录为{mode}，国家表“本次随访形式”无对应代码，不勾选随访形式，亦不计为一次随访。</source>
            <translation>Note: this record is a {mode}; the national form has no follow-up mode for it, so no mode is ticked and it does not count as a follow-up.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="94" />
            <location filename="../../desktop/pdf/visit.py" line="125" />
            <source>中</source>
            <translation>Noon</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="94" />
            <location filename="../../desktop/pdf/visit.py" line="125" />
            <source>早</source>
            <translation>Morning</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="94" />
            <location filename="../../desktop/pdf/visit.py" line="125" />
            <source>晚</source>
            <translation>Evening</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="94" />
            <location filename="../../desktop/pdf/visit.py" line="125" />
            <source>药物名称</source>
            <translation>Drug name</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="94" />
            <location filename="../../desktop/pdf/visit.py" line="125" />
            <source>长效药</source>
            <translation>Long-acting</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="100" />
            <source>周一次，每次</source>
            <translation>weeks, dose</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="100" />
            <source>每</source>
            <translation>Every</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="125" />
            <source>随访日期</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="127" />
            <source>本次随访形式</source>
            <translation>Mode of this visit</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="131" />
            <source>本次随访对象</source>
            <translation>Person seen at this visit</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="137" />
            <source>如死亡，日期</source>
            <translation>If deceased, date</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="139" />
            <source>如死亡，原因</source>
            <translation>If deceased, cause</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="144" />
            <source>（躯体疾病）</source>
            <translation>(physical illness) </translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="155" />
            <location filename="../../desktop/pdf/visit.py" line="61" />
            <source>睡眠情况</source>
            <translation>Sleep</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="156" />
            <location filename="../../desktop/pdf/visit.py" line="62" />
            <source>饮食情况</source>
            <translation>Appetite</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="161" />
            <source>社会功能</source>
            <translation>Social functioning</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="173" />
            <source>两次随访期间关锁情况</source>
            <translation>Locking up since the last visit</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="175" />
            <source>两次随访期间住院情况</source>
            <translation>Hospitalisation since the last visit</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="177" />
            <location filename="../../desktop/pdf/visit.py" line="82" />
            <source>末次出院时间</source>
            <translation>Last discharge date</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="205" />
            <location filename="../../desktop/pdf/visit.py" line="94" />
            <source>建议转诊</source>
            <translation>Referral suggested</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="206" />
            <location filename="../../desktop/pdf/visit.py" line="94" />
            <source>已转诊</source>
            <translation>Referred</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="207" />
            <source>转诊原因</source>
            <translation>Referral reason</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="208" />
            <source>转诊至机构及科室</source>
            <translation>Referred to (institution and department)</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="228" />
            <location filename="../../desktop/pdf/visit.py" line="101" />
            <source>分类调整理由</source>
            <translation>Reason for changing the classification</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="233" />
            <location filename="../../desktop/pdf/visit.py" line="102" />
            <source>调整批准人</source>
            <translation>Class approved by</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="239" />
            <source>随访人员签名</source>
            <translation>Visitor's signature</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="241" />
            <source>签名</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="260" />
            <source>编号</source>
            <translation>Record no.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/national_visit.py" line="286" />
            <source>注：本表由社会工作者在随访中记录，用药、治疗效果、不良反应、实验室检查、住院与转诊等临床项目注明信息来源，不代表社会工作者的临床判断。</source>
            <translation>Note: this form is recorded by a social worker during the visit. Clinical items (medication, treatment effect, adverse reactions, lab tests, hospitalisation and referral) state their source of information and do not represent the social worker's clinical judgement.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/page.py" line="124" />
            <location filename="../../desktop/pdf/page.py" line="156" />
            <source>内部资料 注意保密</source>
            <translation>Internal – confidential</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/page.py" line="141" />
            <source>打印人：{operator}　打印时间：{time}</source>
            <translation>Printed by: {operator}  Printed at: {time}</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/page.py" line="146" />
            <source>第 {page} 页 / 共 {pages} 页</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/page.py" line="149" />
            <source>含完整身份信息，注意保密</source>
            <translation>Contains full identity details – keep confidential</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/page.py" line="149" />
            <source>已脱敏</source>
            <translation>Masked</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/recovery.py" line="24" />
            <location filename="../../desktop/pdf/recovery.py" line="37" />
            <source>数据库恢复密钥</source>
            <translation>Database recovery key</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/recovery.py" line="39" />
            <source>站点</source>
            <translation>Station</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/recovery.py" line="40" />
            <source>生成日期</source>
            <translation>Made on</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/recovery.py" line="47" />
            <source>如何使用</source>
            <translation>How to use it</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/recovery.py" line="49" />
            <source>本页可以解开本站加密的数据库。请锁入站点的保险柜，不要拍照、复印或保存在电脑上。</source>
            <translation>This sheet opens the station's encrypted database. Lock it in the station's safe; do not photograph, copy or store it on a computer.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/recovery.py" line="50" />
            <source>用户忘记密码或站长离任时，系统管理员把上面的密钥写入一个文件，在本机运行：</source>
            <translation>When a user forgets their password or the lead has left, the administrator writes the key above into a file and runs on this PC:</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/recovery.py" line="52" />
            <source>用后删除写有密钥的文件。生成新的恢复密钥后，本页即作废，请销毁。</source>
            <translation>Delete the file holding the key afterwards. A new recovery key makes this sheet void: destroy it then.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/rota.py" line="23" />
            <location filename="../../desktop/pdf/rota.py" line="60" />
            <source>志愿者排班表</source>
            <translation>Volunteer rota</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/rota.py" line="27" />
            <source>周一</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/rota.py" line="28" />
            <source>周二</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/rota.py" line="29" />
            <source>周三</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/rota.py" line="30" />
            <source>周四</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/rota.py" line="31" />
            <source>周五</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/rota.py" line="32" />
            <source>周六</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/rota.py" line="33" />
            <source>周日</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/rota.py" line="48" />
            <source>带班</source>
            <translation>lead</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/rota.py" line="63" />
            <source>班次</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/rota.py" line="89" />
            <source>协调员</source>
            <translation>Volunteer coordinator</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/rota.py" line="96" />
            <source>请按时签到、签退；服务时长按实际服务时间计，不含往返路程。如需调班请提前联系协调员。</source>
            <translation>Please check in and check out on time. Service hours count actual service time, excluding travel. To swap a shift, contact the volunteer coordinator in advance.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/text.py" line="45" />
            <source>{year}年</source>
            <translation>{year}</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/text.py" line="48" />
            <source>{year}年{month}月{day}日</source>
            <translation>{day}/{month}/{year}</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="51" />
            <source>失访原因</source>
            <translation>Reason lost to follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="56" />
            <source>死亡日期和原因</source>
            <translation>Date and cause of death</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="96" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="96" />
            <source>转诊至</source>
            <translation>Referred to</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="113" />
            <source>每 {weeks} 周一次，每次 {dose} mg</source>
            <translation>Every {weeks} weeks, {dose} mg per dose</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="150" />
            <source>记录编号</source>
            <translation>Record no.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="152" />
            <location filename="../../desktop/pdf/visit_parts.py" line="31" />
            <source>草稿</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="158" />
            <source>访视日期</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="160" />
            <source>起止时间</source>
            <translation>Start–end time</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="162" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="163" />
            <source>参与人</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="168" />
            <source>二、随访情况</source>
            <translation>2. Visit details</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="174" />
            <source>本次未填写随访项目。</source>
            <translation>No follow-up items were filled in for this visit.</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="177" />
            <source>三、社会工作服务记录</source>
            <translation>3. Social work service record</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="178" />
            <source>本次目标</source>
            <translation>Aim of this visit</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="180" />
            <source>服务对象状态</source>
            <translation>Client's condition</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="181" />
            <source>需求</source>
            <translation>Needs</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit.py" line="182" />
            <source>提供的服务</source>
            <translation>Services provided</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="22" />
            <source>门诊随访记录</source>
            <translation>Clinic follow-up record</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="24" />
            <source>电话随访记录</source>
            <translation>Phone follow-up record</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="25" />
            <source>陪同就医记录</source>
            <translation>Clinic escort record</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="26" />
            <source>社区面谈记录</source>
            <translation>Community interview record</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="27" />
            <source>线上随访记录</source>
            <translation>Online follow-up record</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="28" />
            <source>个案会议记录</source>
            <translation>Case conference record</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="30" />
            <source>随访记录</source>
            <translation>Follow-up record</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="61" />
            <source>通知对象</source>
            <translation>Notified party</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="61" />
            <source>通知方式</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="61" />
            <source>通知时间</source>
            <translation>Notified at</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="72" />
            <location filename="../../desktop/pdf/visit_parts.py" line="86" />
            <source>未记录通知</source>
            <translation>No notification recorded</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="74" />
            <location filename="../../desktop/pdf/visit_parts.py" line="87" />
            <source>应急处置（危险性3级及以上）</source>
            <translation>Emergency handling (risk level 3 or above)</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="76" />
            <location filename="../../desktop/pdf/visit_parts.py" line="90" />
            <source>两周内随访，截止日期：{date}</source>
            <translation>Follow-up within two weeks, due by: {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="87" />
            <source>已通知</source>
            <translation>Notified</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="98" />
            <source>更正</source>
            <translation>Correction</translation>
        </message>
        <message>
            <location filename="../../desktop/pdf/visit_parts.py" line="111" />
            <source>补充记录（记录定稿后所作的更正与补充）</source>
            <translation>Addenda (corrections and additions made after the record was finalised)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/casework.py" line="39" />
            <source>样张 预览</source>
            <translation>Preview sample</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/monthly.py" line="38" />
            <source>逾期与高风险人数按 {day} 各服务对象最近一次随访统计（草稿、个案会议不计）。</source>
            <translation>Overdue and high-risk counts follow each client's latest follow-up up to {day} (drafts and case conferences do not count).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/volunteer.py" line="74" />
            <source>{station}志愿者服务基地</source>
            <translation>{station} Volunteer Service Base</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/volunteer.py" line="103" />
            <source>本周暂无排班。</source>
            <translation>No shifts this week.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/volunteer.py" line="240" />
            <source>（预览，未登记编号）</source>
            <translation>(Preview, no number registered)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms/volunteer.py" line="264" />
            <source>本件为预览样张，尚未登记证明编号，不作证明使用。</source>
            <translation>Preview sample: no certificate number registered yet; not valid as a certificate.</translation>
        </message>
    </context>
    <context>
        <name>recovery</name>
        <message>
            <location filename="../../desktop/services/admin/recovery.py" line="36" />
            <source>社工站工作台 数据库恢复密钥</source>
            <translation>StationDesk database recovery key</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/recovery.py" line="38" />
            <source>站点：{name}（{code}）</source>
            <translation>Station: {name} ({code})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/recovery.py" line="39" />
            <source>生成日期：{day}</source>
            <translation>Made on: {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/recovery.py" line="43" />
            <source>本页可以解开本站加密的数据库。请锁入站点的保险柜，不要拍照、复印或保存在电脑上。</source>
            <translation>This sheet opens the station's encrypted database. Lock it in the station's safe; do not photograph, copy or store it on a computer.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/recovery.py" line="44" />
            <source>用户忘记密码或站长离任时，系统管理员在本机运行：</source>
            <translation>When a user forgets their password or the lead has left, the administrator runs on this PC:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/admin/recovery.py" line="46" />
            <source>（FILE 中写入本页的密钥；用后删除该文件）。生成新的恢复密钥后，本页即作废。</source>
            <translation>(FILE holds the key from this sheet; delete the file afterwards). A new recovery key makes this sheet void.</translation>
        </message>
    </context>
    <context>
        <name>rota_dialogs</name>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="39" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/volunteers/rota_dialogs.py" line="40" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>sync_status</name>
        <message>
            <location filename="../../desktop/services/exchange/status.py" line="41" />
            <source>未发送</source>
            <translation>Not sent</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/status.py" line="42" />
            <source>已发送</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../desktop/services/exchange/status.py" line="43" />
            <source>区级已确认</source>
            <translation>Confirmed by district</translation>
        </message>
    </context>
    <context>
        <name>visit_checks</name>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="68" />
            <source>本次随访形式</source>
            <translation>Follow-up mode</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="69" />
            <source>服务内容与过程（记录正文）</source>
            <translation>Service content and process (narrative)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="72" />
            <source>本次随访对象</source>
            <translation>Persons seen</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="73" />
            <source>开始时间</source>
            <translation>Start time</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="74" />
            <source>结束时间（须晚于开始时间）</source>
            <translation>End time (later than the start time)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="75" />
            <source>危险性评估</source>
            <translation>Risk assessment</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="76" />
            <source>目前症状“其他”的内容</source>
            <translation>Text of the "other" symptom</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="77" />
            <source>自知力</source>
            <translation>Insight</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="78" />
            <source>睡眠情况</source>
            <translation>Sleep</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="79" />
            <source>饮食情况</source>
            <translation>Appetite</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="80" />
            <source>社会功能：个人生活料理</source>
            <translation>Social functioning: self-care</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="81" />
            <source>社会功能：家务劳动</source>
            <translation>Social functioning: housework</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="82" />
            <source>社会功能：生产劳动及工作</source>
            <translation>Social functioning: work</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="83" />
            <source>社会功能：学习能力</source>
            <translation>Social functioning: learning</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="84" />
            <source>社会功能：社会人际交往</source>
            <translation>Social functioning: social contact</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="85" />
            <source>两次随访期间关锁情况</source>
            <translation>Locking-up since the last follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="86" />
            <source>两次随访期间住院情况</source>
            <translation>Hospitalisation since the last follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="87" />
            <source>末次出院时间</source>
            <translation>Last discharge date</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="88" />
            <source>实验室检查</source>
            <translation>Laboratory tests</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="89" />
            <source>实验室检查结果</source>
            <translation>Laboratory test results</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="90" />
            <source>用药依从性</source>
            <translation>Medication adherence</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="91" />
            <source>药物不良反应</source>
            <translation>Adverse drug reactions</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="92" />
            <source>药物不良反应的药物和表现</source>
            <translation>Drug and reaction of the adverse reaction</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="93" />
            <source>治疗效果</source>
            <translation>Treatment effect</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="94" />
            <source>是否转诊</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="95" />
            <source>转诊原因</source>
            <translation>Reason for referral</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="96" />
            <source>转诊至机构及科室</source>
            <translation>Receiving institution and department</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="97" />
            <source>用药情况</source>
            <translation>Current medication</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="98" />
            <source>康复措施</source>
            <translation>Rehabilitation measures</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="99" />
            <source>康复措施“其他”的内容</source>
            <translation>Text of the "other" rehabilitation measure</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="100" />
            <source>本次随访分类</source>
            <translation>Classification of this follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="101" />
            <source>下次随访日期</source>
            <translation>Next follow-up date</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="104" />
            <source>失访原因</source>
            <translation>Reason lost to follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="105" />
            <source>失访原因“其他”的内容</source>
            <translation>Text of the "other" reason lost to follow-up</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="108" />
            <source>死亡日期</source>
            <translation>Date of death</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="109" />
            <source>死亡原因</source>
            <translation>Cause of death</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="110" />
            <source>躯体疾病的具体类别</source>
            <translation>Kind of physical illness</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_checks.py" line="111" />
            <source>死亡原因“其他”的内容</source>
            <translation>Text of the "other" cause of death</translation>
        </message>
    </context>
    <context>
        <name>visit_input</name>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="61" />
            <source>危险性评估</source>
            <translation>Risk assessment</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="62" />
            <source>目前症状</source>
            <translation>Current symptoms</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="63" />
            <source>自知力</source>
            <translation>Insight</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="64" />
            <source>住院情况</source>
            <translation>Hospitalisation</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="65" />
            <source>实验室检查</source>
            <translation>Lab tests</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="66" />
            <source>用药依从性</source>
            <translation>Medication adherence</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="67" />
            <source>药物不良反应</source>
            <translation>Adverse drug reactions</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="68" />
            <source>治疗效果</source>
            <translation>Treatment effect</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="69" />
            <source>转诊</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="70" />
            <source>用药情况</source>
            <translation>Current medication</translation>
        </message>
        <message>
            <location filename="../../desktop/services/casework/visit_input.py" line="71" />
            <source>用药指导</source>
            <translation>Medication guidance</translation>
        </message>
    </context>
    <context>
        <name>volunteering</name>
        <message>
            <location filename="../../desktop/domain/volunteering/calendar.py" line="162" />
            <source>本程序尚未收录{years}年的法定节假日安排，这些日期暂按周一至周五作为工作日，请人工核对节假日和调休。</source>
            <translation>This program does not yet have the public holiday schedule for {years}; Monday to Friday are treated as working days for now. Please check holidays and make-up working days by hand.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/conflicts.py" line="71" />
            <source>志愿者{short_id}</source>
            <translation>Volunteer {short_id}</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/conflicts.py" line="128" />
            <source>{volunteer}在{day}同时被排入“{first}”和“{second}”，时间重叠。</source>
            <translation>{volunteer} is assigned to both “{first}” and “{second}” on {day}, and the times overlap.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/conflicts.py" line="150" />
            <source>“{shift}”安排了{count}人，超过人数上限{capacity}人。</source>
            <translation>“{shift}” has {count} people assigned, more than its limit of {capacity}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/conflicts.py" line="166" />
            <source>{volunteer}当前状态为“{status}”，不能排入“{shift}”。</source>
            <translation>{volunteer} is currently “{status}” and cannot be assigned to “{shift}”.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/conflicts.py" line="175" />
            <source>“{shift}”不在{volunteer}登记的可用时间内。</source>
            <translation>“{shift}” is outside {volunteer}'s registered availability.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/conflicts.py" line="180" />
            <source>“{shift}”需要技能“{skill}”，{volunteer}未登记该技能。</source>
            <translation>“{shift}” needs the skill “{skill}”, which {volunteer} has not registered.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="295" />
            <source>{day}该志愿者共记录{hours}小时，超过{limit}小时，请核对。</source>
            <translation>On {day} this volunteer has {hours} hours recorded, more than {limit} hours; please check.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/volunteering/hours.py" line="309" />
            <source>{day}该志愿者有两条工时记录时间重叠（{start}–{end} 与 {start2}–{end2}），请核对。</source>
            <translation>On {day} this volunteer has two overlapping hours records ({start}–{end} and {start2}–{end2}); please check.</translation>
        </message>
    </context>
</TS>
